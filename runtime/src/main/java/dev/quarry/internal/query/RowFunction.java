package dev.quarry.internal.query;

import dev.quarry.spi.RowReader;
import java.sql.SQLException;

/**
 * Reads one result row into a value.
 *
 * @param <R> the value type
 */
@FunctionalInterface
interface RowFunction<R> {
    /** Reads the current row. */
    R read(RowReader row) throws SQLException;
}
