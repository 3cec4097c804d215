package dev.quarry.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The MariaDB server {@link DatabaseExtension#mariadb()} runs on, found once per JVM:
 *
 * <ol>
 *   <li>the JDBC URL in the environment variable {@value #URL_VARIABLE}, when set (for example
 *       {@code jdbc:mariadb://db.example:3306/?user=test&password=secret});</li>
 *   <li>else a local server at {@value #LOCAL_URL}, when one answers;</li>
 *   <li>else the tests fail with a message saying how to provide one. MariaDB tests are never
 *       skipped.</li>
 * </ol>
 *
 * <p>The server's user must be allowed to create and drop databases: each test class gets a
 * database of its own.
 *
 * @param jdbcUrl the URL of the server, with credentials as URL parameters; its database part, if
 *                any, is replaced by each test class's database
 */
public record MariadbServer(String jdbcUrl) {
    /** The environment variable that names a server. */
    public static final String URL_VARIABLE = "QUARRY_TEST_MARIADB_URL";

    /** The server tried when {@value #URL_VARIABLE} is not set: local, user root, empty password. */
    public static final String LOCAL_URL = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    private static final String PREFIX = "jdbc:mariadb://";

    private static MariadbServer instance;

    /**
     * A server at {@code jdbcUrl}.
     *
     * @param jdbcUrl the URL of the server, {@code jdbc:mariadb://host[:port][/database][?parameters]}
     * @throws IllegalArgumentException if the URL is not a {@code jdbc:mariadb://} URL
     */
    public MariadbServer {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a MariaDB JDBC URL (" + PREFIX + "host:port/?user=...): " + jdbcUrl);
        }
    }

    /**
     * The server of this JVM, found on first use.
     *
     * @return the server
     * @throws ExtensionConfigurationException if there is none, saying how to provide one
     */
    public static synchronized MariadbServer get() {
        if (instance == null) {
            instance = find(System.getenv(URL_VARIABLE), LOCAL_URL);
        }
        return instance;
    }

    /** The server at {@code environmentUrl} when it is set, else at {@code localUrl} if one answers there. */
    static MariadbServer find(String environmentUrl, String localUrl) {
        if (environmentUrl != null && !environmentUrl.isBlank()) {
            return new MariadbServer(environmentUrl.trim());
        }
        MariadbServer local = new MariadbServer(localUrl);
        try (Connection connection = local.connect()) {
            return local;
        } catch (SQLException e) {
            throw new ExtensionConfigurationException("DatabaseExtension.mariadb() found no MariaDB server: set the"
                    + " environment variable " + URL_VARIABLE + " to the JDBC URL of a MariaDB 10.11 or later server"
                    + " whose user may create databases (for example jdbc:mariadb://localhost:3306/?user=root&password=secret),"
                    + " or run one at " + LOCAL_URL + " (tried " + localUrl + ": " + e.getMessage() + ")", e);
        }
    }

    /**
     * The URL of {@code database} on this server, with this URL's parameters.
     *
     * @param database the database name
     * @return the JDBC URL
     */
    public String urlFor(String database) {
        String rest = jdbcUrl.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String parameters = query < 0 ? "" : rest.substring(query);
        String address = query < 0 ? rest : rest.substring(0, query);
        int slash = address.indexOf('/');
        String hosts = slash < 0 ? address : address.substring(0, slash);
        return PREFIX + hosts + "/" + database + parameters;
    }

    /**
     * Opens a plain JDBC connection to the server.
     *
     * @return a new connection; the caller closes it
     * @throws SQLException if it cannot be opened
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }
}
