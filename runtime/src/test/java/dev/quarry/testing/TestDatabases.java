package dev.quarry.testing;

import dev.quarry.testing.postgres.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where runtime tests find their databases: SQLite in a temporary file (always available) and
 * PostgreSQL from {@link PostgresServer}, in a schema of its own.
 */
public final class TestDatabases {
    /**
     * One schema per test JVM, so two builds on one server (parallel checkouts) do not share
     * tables; dropped when the JVM exits.
     */
    private static final String POSTGRES_SCHEMA = "quarry_runtime_test_" + ProcessHandle.current().pid();

    private static boolean schemaCreated;

    private TestDatabases() {
    }

    /** A SQLite database in a new file under {@code directory}. */
    public static String sqliteFile(Path directory) {
        return "jdbc:sqlite:" + directory.resolve("test.db");
    }

    /**
     * The PostgreSQL test URL, pointed at a schema used only by these tests (created if needed).
     * The server comes from {@link PostgresServer}: the URL in {@value PostgresServer#URL_VARIABLE},
     * else Testcontainers, else an embedded PostgreSQL.
     *
     * @throws IllegalStateException if no server can be had, saying how to provide one
     */
    public static synchronized String postgres() {
        String url = PostgresServer.get().jdbcUrl();
        if (!schemaCreated) {
            execute(url, "DROP SCHEMA IF EXISTS " + POSTGRES_SCHEMA + " CASCADE");
            execute(url, "CREATE SCHEMA " + POSTGRES_SCHEMA);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(url), "drop-test-schema"));
            schemaCreated = true;
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRES_SCHEMA;
    }

    private static void dropQuietly(String url) {
        try {
            execute(url, "DROP SCHEMA IF EXISTS " + POSTGRES_SCHEMA + " CASCADE");
        } catch (IllegalStateException e) {
            // the server may be gone already (an embedded one stops at exit too); the name is per process
        }
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
