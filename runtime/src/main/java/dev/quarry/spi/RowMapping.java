package dev.quarry.spi;

import java.sql.SQLException;

/**
 * Turns the current row of a hand-written query into a value: an entity through its
 * {@link EntityMapper}, or a scalar read from column 1. For generated code.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface RowMapping<T> {
    /**
     * Reads the current row.
     *
     * @param row the row reader
     * @return the mapped row
     * @throws java.sql.SQLException if the driver cannot read a value
     */
    T map(RowReader row) throws SQLException;
}
