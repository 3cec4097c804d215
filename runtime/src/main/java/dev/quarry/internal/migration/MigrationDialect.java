package dev.quarry.internal.migration;

import dev.quarry.migration.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What applying migrations does differently per database: how concurrent migrators are kept
 * apart, how one migration's transaction begins and ends, and the history table's types.
 */
interface MigrationDialect {
    /** The implementation for a dialect's {@code name()}. */
    static MigrationDialect of(String dialect, String historyTable) {
        return switch (dialect) {
            case "postgresql" -> new PostgresMigrationDialect(historyTable);
            case "sqlite" -> new SqliteMigrationDialect();
            default -> throw new MigrationException("migrations do not support the " + dialect + " dialect yet");
        };
    }

    /** Keeps other migrators out until {@link #unlock}; holds on {@code connection} for the whole run. */
    void lock(Connection connection) throws SQLException;

    /** Ends {@link #lock}. */
    void unlock(Connection connection) throws SQLException;

    /**
     * Whether the history must be read again inside each migration's transaction, because
     * {@link #lock} does not keep other migrators out and {@link #begin} does instead.
     */
    boolean rereadsInTransaction();

    /** Begins one migration's transaction on {@code connection}, which is in auto-commit mode. */
    void begin(Connection connection) throws SQLException;

    /**
     * Commits the transaction of {@link #begin} and returns the connection to auto-commit mode.
     *
     * @throws MigrationException if the migration left the data inconsistent (then nothing is committed)
     */
    void commit(Connection connection) throws SQLException;

    /** Rolls back the transaction of {@link #begin} and returns the connection to auto-commit mode. */
    void rollback(Connection connection) throws SQLException;

    /** Whether a table of this name exists in the connection's schema. */
    boolean tableExists(Connection connection, String table) throws SQLException;

    /** The column type of a timestamp in the history table. */
    String timestampType();

    /** The column type of a boolean in the history table. */
    String booleanType();

    /** Binds a point in time as the history table stores it. */
    void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

    /** Reads a point in time the history table stores. */
    Instant getInstant(ResultSet result, int index) throws SQLException;

    /** Who applies migrations: the database user. */
    String user(Connection connection) throws SQLException;
}
