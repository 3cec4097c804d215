package dev.quarry.internal.migration;

import dev.quarry.migration.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrations on SQLite: each migration runs in a {@code BEGIN IMMEDIATE} transaction (which keeps
 * other writers, and so other migrators, out) with foreign keys off, so the table rebuild recipe
 * works, and {@code PRAGMA foreign_key_check} before it commits.
 */
final class SqliteMigrationDialect implements MigrationDialect {
    @Override
    public void lock(Connection connection) {
        // each migration's BEGIN IMMEDIATE keeps other migrators out
    }

    @Override
    public void unlock(Connection connection) {
        // nothing held between migrations
    }

    @Override
    public boolean rereadsInTransaction() {
        return true;
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // a no-op inside a transaction, so it comes before BEGIN
            statement.execute("PRAGMA foreign_keys = OFF");
            try {
                statement.execute("BEGIN IMMEDIATE");
            } catch (SQLException e) {
                statement.execute("PRAGMA foreign_keys = ON");
                throw e;
            }
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (result.next() && violations.size() < 10) {
                violations.add("row " + result.getLong(2) + " of " + result.getString(1) + " references a missing row of "
                        + result.getString(3));
            }
        }
        if (!violations.isEmpty()) {
            throw new MigrationException("the migration breaks foreign keys: " + String.join("; ", violations));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMIT");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute("ROLLBACK");
            } catch (SQLException e) {
                // some errors end the transaction themselves; then there is nothing to roll back
                if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                    throw e;
                }
            } finally {
                statement.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        }
    }

    @Override
    public String timestampType() {
        return "TEXT";
    }

    @Override
    public String booleanType() {
        return "INTEGER";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setString(index, instant.toString());
    }

    @Override
    public Instant getInstant(ResultSet result, int index) throws SQLException {
        String value = result.getString(index);
        return value == null ? null : Instant.parse(value);
    }

    @Override
    public String user(Connection connection) throws SQLException {
        String user = connection.getMetaData().getUserName();
        return user == null || user.isEmpty() ? System.getProperty("user.name", "unknown") : user;
    }
}
