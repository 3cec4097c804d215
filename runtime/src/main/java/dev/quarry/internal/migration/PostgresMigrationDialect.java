package dev.quarry.internal.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Migrations on PostgreSQL: a session advisory lock (its key derived from the history table's
 * name) keeps migrators apart for a whole run; DDL is transactional.
 */
final class PostgresMigrationDialect implements MigrationDialect {
    /** The high half of every lock key: "Quar". */
    private static final long KEY_PREFIX = 0x5175_6172_0000_0000L;

    private final long lockKey;

    PostgresMigrationDialect(String historyTable) {
        this.lockKey = lockKey(historyTable);
    }

    /** The advisory lock key of a history table: fixed for a name, so every migrator agrees on it. */
    static long lockKey(String historyTable) {
        return KEY_PREFIX | (historyTable.hashCode() & 0xFFFF_FFFFL);
    }

    @Override
    public void lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + lockKey + ")");
        }
    }

    @Override
    public void unlock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + lockKey + ")");
        }
    }

    @Override
    public boolean rereadsInTransaction() {
        return false;
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        }
    }

    @Override
    public String timestampType() {
        return "timestamptz";
    }

    @Override
    public String booleanType() {
        return "boolean";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant getInstant(ResultSet result, int index) throws SQLException {
        OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public String user(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_user")) {
            result.next();
            return result.getString(1);
        }
    }
}
