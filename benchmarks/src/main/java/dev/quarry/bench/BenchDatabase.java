package dev.quarry.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark database: a dedicated schema {@value #SCHEMA} in the PostgreSQL database
 * {@link #server()} finds (the environment variable {@value #URL_VARIABLE}, a local server, or
 * the one Quarry's tests would use), holding the blog schema with {@value #USERS} users and
 * {@value #POSTS} posts, generated deterministically.
 *
 * <p>The data is created once and kept between runs; {@link #prepare()} checks its version and
 * restores it to the seeded state (rows inserted by earlier runs removed, updated values reset).
 * Every connection goes through {@link CountingDriver}, so statements are counted.
 */
public final class BenchDatabase {
    /** The environment variable with the JDBC URL of the PostgreSQL database to use. */
    public static final String URL_VARIABLE = "QUARRY_BENCH_POSTGRES_URL";
    /** The URL tried when {@value #URL_VARIABLE} is not set: a local server, as on the project's machines. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** The system property that carries the parent's choice of server to the JMH forks. */
    public static final String URL_PROPERTY = "quarry.bench.url";
    /** The schema the benchmark tables live in. */
    public static final String SCHEMA = "quarry_bench";
    /** The number of seeded users. */
    public static final int USERS = 10_000;
    /** The number of seeded posts (ten per user). */
    public static final int POSTS = 100_000;
    /** The connection pool size, the same for every contender. */
    public static final int POOL_SIZE = 4;

    private static final String SEED_VERSION = "blog-v1 users=10000 posts=100000";

    private static String server;

    private static final String USER_BIO = "CASE WHEN id % 3 = 0 THEN NULL ELSE 'Bio of user ' || id END";
    private static final String RESTORE_BIOS = "UPDATE users SET bio = " + USER_BIO + " WHERE bio IS DISTINCT FROM " + USER_BIO;

    private BenchDatabase() {
    }

    /**
     * The JDBC URL of the benchmark schema: the configured URL with {@code currentSchema} set and
     * {@code synchronous_commit} off for the benchmark's sessions. Every contender gets this URL,
     * so every commit returns without waiting for the write-ahead log to reach the disk: on a
     * shared machine that wait (a few hundred microseconds, and the most variable part of a
     * write) would hide the libraries' differences in the writes' noise. Reads are unaffected.
     */
    public static String url() {
        String base = server();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                + "&options=-c%20synchronous_commit%3Doff";
    }

    /**
     * The URL of the PostgreSQL database the benchmarks use, found once per JVM: the system
     * property {@value #URL_PROPERTY} (how {@link BenchmarkReport} hands its choice to the JMH
     * forks), else the environment variable {@value #URL_VARIABLE}, else {@value #DEFAULT_URL}
     * when a server answers there, else the server Quarry's tests use ({@link PostgresServer}:
     * {@value PostgresServer#URL_VARIABLE}, then Testcontainers, then an embedded PostgreSQL
     * started from Maven Central artifacts, which lives as long as this JVM).
     *
     * @throws IllegalStateException if none can be had, saying how to provide one
     */
    public static synchronized String server() {
        if (server == null) {
            server = resolve();
        }
        return server;
    }

    private static String resolve() {
        String chosen = System.getProperty(URL_PROPERTY);
        String from = "-D" + URL_PROPERTY;
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getenv(URL_VARIABLE);
            from = URL_VARIABLE;
        }
        if (chosen == null || chosen.isBlank()) {
            if (answers(DEFAULT_URL)) {
                return DEFAULT_URL;
            }
            return PostgresServer.get().jdbcUrl();
        }
        if (!chosen.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(from + " must be a jdbc:postgresql: URL, got " + chosen);
        }
        return chosen.trim();
    }

    private static boolean answers(String url) {
        DriverManager.setLoginTimeout(2);
        try (Connection connection = DriverManager.getConnection(url)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Installs the counting driver, then creates and seeds the schema if it is missing or from
     * another seed version, else restores the seeded state.
     */
    public static void prepare() {
        try {
            CountingDriver.install();
            try (Connection connection = DriverManager.getConnection(url());
                 Statement statement = connection.createStatement()) {
                if (seedVersion(statement).equals(SEED_VERSION)) {
                    reset(statement);
                } else {
                    seed(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the benchmark database at " + server()
                    + ": " + e.getMessage() + ". Start PostgreSQL or set " + URL_VARIABLE + ".", e);
        }
    }

    /** Removes the rows inserted since the seed, so that every iteration starts from the same tables. */
    public static void removeInsertedRows() {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            int deleted = statement.executeUpdate("DELETE FROM posts WHERE id > " + POSTS);
            if (deleted > 0) {
                statement.execute("VACUUM ANALYZE posts");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean up the benchmark tables: " + e.getMessage(), e);
        }
    }

    /**
     * Gives every user its seeded bio again (only the rows that differ are written), so that
     * every iteration of the scenario that changes bios loads the same rows.
     */
    public static void restoreUpdatedRows() {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            int restored = statement.executeUpdate(RESTORE_BIOS);
            if (restored > 0) {
                statement.execute("VACUUM ANALYZE users");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot restore the benchmark tables: " + e.getMessage(), e);
        }
    }

    /** One pool configuration for every contender that is given a pool. */
    public static HikariDataSource pool(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        return new HikariDataSource(config);
    }

    private static String seedVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT to_regclass('" + SCHEMA + ".seed_info') IS NOT NULL")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return "";
            }
        }
        try (ResultSet rows = statement.executeQuery("SELECT version FROM " + SCHEMA + ".seed_info")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static void seed(Statement statement) throws SQLException {
        statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        statement.execute("CREATE SCHEMA " + SCHEMA);
        statement.execute("SET search_path TO " + SCHEMA);
        // Sequences step by 50 so that Hibernate's pooled id generator can batch inserts;
        // the other contenders take one value per row from the column default.
        statement.execute("CREATE SEQUENCE users_id_seq INCREMENT BY 50");
        statement.execute("CREATE SEQUENCE posts_id_seq INCREMENT BY 50");
        statement.execute("""
                CREATE TABLE users (
                    id bigint PRIMARY KEY DEFAULT nextval('users_id_seq'),
                    name varchar(100) NOT NULL,
                    email varchar(255) NOT NULL CONSTRAINT ux_users_email UNIQUE,
                    bio varchar(500),
                    age integer NOT NULL,
                    created_at timestamptz NOT NULL)""");
        statement.execute("""
                CREATE TABLE posts (
                    id bigint PRIMARY KEY DEFAULT nextval('posts_id_seq'),
                    author_id bigint NOT NULL CONSTRAINT fk_posts_author_id REFERENCES users (id),
                    title varchar(200) NOT NULL,
                    content text NOT NULL,
                    published boolean NOT NULL,
                    created_at timestamptz NOT NULL)""");
        statement.execute("CREATE INDEX ix_posts_author_id ON posts (author_id)");
        statement.execute("INSERT INTO users (id, name, email, bio, age, created_at) SELECT id,"
                + " 'user' || lpad(id::text, 5, '0'), 'user' || id || '@example.com', " + USER_BIO + ","
                + " 18 + id % 60, timestamptz '2024-01-01 00:00:00+00' + id * interval '1 minute'"
                + " FROM generate_series(1, " + USERS + ") AS id");
        statement.execute("INSERT INTO posts (id, author_id, title, content, published, created_at) SELECT id,"
                + " (id - 1) % " + USERS + " + 1, 'Post number ' || id,"
                + " repeat('Lorem ipsum dolor sit amet, consectetur adipiscing elit. ', 1 + id % 8),"
                + " id % 4 <> 0, timestamptz '2024-01-01 00:00:00+00' + id * interval '1 second'"
                + " FROM generate_series(1, " + POSTS + ") AS id");
        statement.execute("SELECT setval('users_id_seq', " + USERS + "), setval('posts_id_seq', " + POSTS + ")");
        statement.execute("CREATE TABLE seed_info (version text NOT NULL)");
        statement.execute("INSERT INTO seed_info (version) VALUES ('" + SEED_VERSION + "')");
        statement.execute("VACUUM ANALYZE users");
        statement.execute("VACUUM ANALYZE posts");
    }

    private static void reset(Statement statement) throws SQLException {
        statement.execute("SET search_path TO " + SCHEMA);
        statement.executeUpdate("DELETE FROM posts WHERE id > " + POSTS);
        statement.executeUpdate("DELETE FROM users WHERE id > " + USERS);
        statement.executeUpdate(RESTORE_BIOS);
        statement.execute("VACUUM ANALYZE users");
        statement.execute("VACUUM ANALYZE posts");
    }
}
