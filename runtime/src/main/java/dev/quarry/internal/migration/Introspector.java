package dev.quarry.internal.migration;

import dev.quarry.spi.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Reads the tables of the connection's current schema as the same {@link TableSchema} values
 * the processor writes, so a diff compares like with like.
 *
 * <p>Contract: each column's database type is mapped back to the {@code ValueType} (with length,
 * precision and scale) that the dialect's {@code columnType} renders as that type, with
 * {@code sqlType} left {@code null}; only a type Quarry never renders (say {@code jsonb}) keeps the
 * database's spelling in {@code sqlType}. Identity (or autoincrement) columns are
 * {@code generated}. Server defaults are the database's expression text. Tables, columns,
 * indexes, foreign keys and checks come in a stable order (tables by name, columns by position,
 * the rest by name), and the {@code property} of a column is its name.
 */
public interface Introspector {
    /**
     * The tables of the current schema, except {@code excluded} (the history table).
     *
     * @param connection an open connection
     * @param excluded table names to leave out
     * @return the tables, by name
     * @throws SQLException if reading the catalog fails
     */
    List<TableSchema> tables(Connection connection, Set<String> excluded) throws SQLException;
}
