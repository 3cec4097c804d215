package dev.quarry.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where runtime tests find their databases: SQLite in a temporary file (always available) and
 * PostgreSQL from the URL in {@code QUARRY_TEST_POSTGRES_URL}, in a schema of its own.
 */
public final class TestDatabases {
    /** The environment variable naming the PostgreSQL test database. */
    public static final String POSTGRES_URL_VARIABLE = "QUARRY_TEST_POSTGRES_URL";

    private static final String POSTGRES_SCHEMA = "quarry_runtime_test";

    private TestDatabases() {
    }

    /** A SQLite database in a new file under {@code directory}. */
    public static String sqliteFile(Path directory) {
        return "jdbc:sqlite:" + directory.resolve("test.db");
    }

    /**
     * The PostgreSQL test URL, pointed at a schema used only by these tests (created if needed).
     *
     * @throws IllegalStateException if the environment variable is not set
     */
    public static String postgres() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PostgreSQL tests need a database: set " + POSTGRES_URL_VARIABLE
                    + " to a JDBC URL, for example jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        }
        execute(url, "CREATE SCHEMA IF NOT EXISTS " + POSTGRES_SCHEMA);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRES_SCHEMA;
    }

    /** Runs SQL on a connection of its own, outside Quarry (to set up what Quarry does not model). */
    public static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + sql, e);
        }
    }
}
