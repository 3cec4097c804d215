package dev.quarry.internal.sql;

import dev.quarry.exception.ConfigurationException;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Picks the dialect for a JDBC URL and checks that its driver is on the class path. */
public final class Dialects {
    private Dialects() {
    }

    /**
     * The dialect serving {@code url}.
     *
     * @throws ConfigurationException if no dialect serves the URL, or its JDBC driver is missing
     */
    public static Dialect forUrl(String url) {
        Dialect dialect;
        String artifact;
        if (url.startsWith(PostgresDialect.URL_PREFIX)) {
            dialect = new PostgresDialect();
            artifact = "org.postgresql:postgresql";
        } else if (url.startsWith(SqliteDialect.URL_PREFIX)) {
            dialect = new SqliteDialect();
            artifact = "org.xerial:sqlite-jdbc";
        } else if (url.startsWith(MariadbDialect.URL_PREFIX)) {
            dialect = new MariadbDialect();
            artifact = "org.mariadb.jdbc:mariadb-java-client";
        } else {
            throw new ConfigurationException("unsupported database URL '" + prefix(url) + "...': Quarry supports "
                    + PostgresDialect.URL_PREFIX + ", " + SqliteDialect.URL_PREFIX + " and " + MariadbDialect.URL_PREFIX
                    + " URLs");
        }
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new ConfigurationException("no JDBC driver for " + prefix(url) + " URLs on the class path: add the "
                    + "Maven dependency " + artifact + " (runtime scope is enough)", e);
        }
        return dialect;
    }

    /** The URL up to and including its second colon ({@code jdbc:postgresql:}), which holds no secrets. */
    static String prefix(String url) {
        int first = url.indexOf(':');
        int second = first < 0 ? -1 : url.indexOf(':', first + 1);
        return second < 0 ? url : url.substring(0, second + 1);
    }

    /**
     * Whether a SQLite URL names an in-memory database, which lives inside one connection (so
     * the pool keeps exactly one).
     */
    public static boolean isSqliteInMemory(String url) {
        if (!url.startsWith(SqliteDialect.URL_PREFIX)) {
            return false;
        }
        String target = url.substring(SqliteDialect.URL_PREFIX.length());
        return target.isEmpty()
                || target.startsWith(":memory:")
                || target.startsWith("file::memory:")
                || target.contains("mode=memory");
    }
}
