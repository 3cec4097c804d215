package dev.quarry.internal.exec;

import dev.quarry.spi.RowReader;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the result of a query.
 *
 * @param <T> what it reads
 */
@FunctionalInterface
public interface ResultHandler<T> {
    /** Reads {@code result}, whose rows {@code row} reads with the dialect's conversions. */
    T handle(ResultSet result, RowReader row) throws SQLException;
}
