package dev.quarry;

import dev.quarry.query.EntityTable;
import dev.quarry.spi.TableSchema;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The settings of a {@link Database}: where it is, who connects, how the connection pool is
 * sized and timed, whether SQL is logged and whether repeated statements fail. Immutable and
 * validated when built; its {@link #toString()} masks the password.
 *
 * <pre>{@code
 * DatabaseConfig config = Database.builder("jdbc:postgresql://localhost/blog")
 *         .username("blog")
 *         .password(System.getenv("BLOG_DB_PASSWORD"))
 *         .maximumPoolSize(20)
 *         .connectionTimeout(Duration.ofSeconds(5))
 *         .logSql(true)
 *         .build();
 * Database db = Database.create(config);
 * }</pre>
 */
public final class DatabaseConfig {
    /** Default {@link #maximumPoolSize()}. */
    public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
    /** Default {@link #connectionTimeout()}. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(30);
    /** Default {@link #idleTimeout()}. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    /** Default {@link #maxLifetime()}. */
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(30);

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private final String url;
    private final String username;
    private final String password;
    private final int maximumPoolSize;
    private final int minimumIdle;
    private final Duration connectionTimeout;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final boolean logSql;
    private final int maxRunsPerStatement;
    private final String poolName;
    private final Clock clock;
    private final Map<TableSchema, List<EntityListener<?>>> listeners;

    private DatabaseConfig(Builder builder) {
        this.url = builder.url;
        this.username = builder.username;
        this.password = builder.password;
        this.maximumPoolSize = builder.maximumPoolSize;
        this.minimumIdle = builder.minimumIdle == null ? builder.maximumPoolSize : builder.minimumIdle;
        this.connectionTimeout = builder.connectionTimeout;
        this.idleTimeout = builder.idleTimeout;
        this.maxLifetime = builder.maxLifetime;
        this.logSql = builder.logSql;
        this.maxRunsPerStatement = builder.maxRunsPerStatement;
        this.poolName = builder.poolName;
        this.clock = builder.clock;
        Map<TableSchema, List<EntityListener<?>>> listeners = new LinkedHashMap<>();
        builder.listeners.forEach((schema, list) -> listeners.put(schema, List.copyOf(list)));
        this.listeners = Collections.unmodifiableMap(listeners);
    }

    /**
     * Starts a configuration for the JDBC URL {@code url}.
     *
     * @param url the JDBC URL
     * @return the builder
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /**
     * The JDBC URL.
     *
     * @return the JDBC URL
     */
    public String url() {
        return url;
    }

    /**
     * The user name, or {@code null} to use the URL's (or the driver's default).
     *
     * @return the user name, or {@code null}
     */
    public String username() {
        return username;
    }

    /**
     * The password, or {@code null}.
     *
     * @return the password, or {@code null}
     */
    public String password() {
        return password;
    }

    /**
     * The most connections the pool holds.
     *
     * @return the maximum pool size
     */
    public int maximumPoolSize() {
        return maximumPoolSize;
    }

    /**
     * The fewest idle connections the pool keeps (by default, {@link #maximumPoolSize()}).
     *
     * @return the minimum number of idle connections
     */
    public int minimumIdle() {
        return minimumIdle;
    }

    /**
     * How long a caller waits for a connection before failing.
     *
     * @return the connection timeout
     */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    /**
     * How long a connection above {@link #minimumIdle()} may sit idle; zero for never retired.
     *
     * @return the idle timeout; zero for never
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * The longest a connection lives in the pool; zero for no limit.
     *
     * @return the maximum lifetime; zero for no limit
     */
    public Duration maxLifetime() {
        return maxLifetime;
    }

    /**
     * Whether each statement is logged (SQL, parameters, time) to the SLF4J logger {@code dev.quarry.sql}.
     *
     * @return {@code true} if statements are logged
     */
    public boolean logSql() {
        return logSql;
    }

    /**
     * The most times one statement may run in one transaction before the N+1 detector refuses
     * it with a {@link dev.quarry.exception.RepeatedStatementException}; 0 (the default) when
     * transactions are not counted. See {@link Builder#maxRunsPerStatement(int)}.
     *
     * @return the most runs per statement, or 0
     */
    public int maxRunsPerStatement() {
        return maxRunsPerStatement;
    }

    /**
     * The pool's name in logs and metrics, or {@code null} for a generated one.
     *
     * @return the pool name, or {@code null}
     */
    public String poolName() {
        return poolName;
    }

    /**
     * The clock that fills {@link dev.quarry.annotation.CreatedAt @CreatedAt} and
     * {@link dev.quarry.annotation.UpdatedAt @UpdatedAt} columns; by default the system clock in
     * UTC.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The entity listeners registered for {@code table}, in registration order.
     *
     * @param table the table
     * @param <E> the entity type
     * @return the listeners, empty when there are none
     */
    @SuppressWarnings("unchecked") // registered through Builder.listener, typed by the table
    public <E> List<EntityListener<? super E>> listeners(EntityTable<E, ?> table) {
        Objects.requireNonNull(table, "table");
        List<EntityListener<?>> list = listeners.get(table.schema());
        return list == null ? List.of() : (List<EntityListener<? super E>>) (List<?>) list;
    }

    /** The listeners by table schema (shared by a table's aliases); for the runtime. */
    Map<TableSchema, List<EntityListener<?>>> listenersBySchema() {
        return listeners;
    }

    /** The same settings, with the URL's and this config's password masked. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + URL_PASSWORD.matcher(url).replaceAll("$1****")
                + ", username=" + username
                + ", password=" + (password == null ? "null" : "****")
                + ", maximumPoolSize=" + maximumPoolSize
                + ", minimumIdle=" + minimumIdle
                + ", connectionTimeout=" + connectionTimeout
                + ", idleTimeout=" + idleTimeout
                + ", maxLifetime=" + maxLifetime
                + ", logSql=" + logSql
                + ", maxRunsPerStatement=" + maxRunsPerStatement
                + ", poolName=" + poolName + "]";
    }

    /**
     * Collects settings for a {@link DatabaseConfig}; {@link #build()} checks them all at once
     * and names every invalid field. Not thread-safe.
     */
    public static final class Builder {
        private final String url;
        private String username;
        private String password;
        private int maximumPoolSize = DEFAULT_MAXIMUM_POOL_SIZE;
        private Integer minimumIdle;
        private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration maxLifetime = DEFAULT_MAX_LIFETIME;
        private boolean logSql;
        private int maxRunsPerStatement;
        private String poolName;
        private Clock clock = Clock.systemUTC();
        private final Map<TableSchema, List<EntityListener<?>>> listeners = new IdentityHashMap<>();

        private Builder(String url) {
            this.url = Objects.requireNonNull(url, "url");
        }

        /**
         * The user to connect as.
         *
         * @param username the user name
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The password to connect with.
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * The most connections the pool holds (at least 1; default 10).
         *
         * @param maximumPoolSize the maximum pool size
         * @return this builder
         */
        public Builder maximumPoolSize(int maximumPoolSize) {
            this.maximumPoolSize = maximumPoolSize;
            return this;
        }

        /**
         * The fewest idle connections kept (0 to {@code maximumPoolSize}; default {@code maximumPoolSize}).
         *
         * @param minimumIdle the minimum number of idle connections
         * @return this builder
         */
        public Builder minimumIdle(int minimumIdle) {
            this.minimumIdle = minimumIdle;
            return this;
        }

        /**
         * How long to wait for a connection (at least 250 ms; default 30 s).
         *
         * @param connectionTimeout the connection timeout
         * @return this builder
         */
        public Builder connectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = Objects.requireNonNull(connectionTimeout, "connectionTimeout");
            return this;
        }

        /**
         * How long an extra connection may sit idle (zero for never, else at least 10 s; default 10 min).
         *
         * @param idleTimeout the idle timeout
         * @return this builder
         */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
            return this;
        }

        /**
         * The longest a connection lives (zero for no limit, else at least 30 s; default 30 min).
         *
         * @param maxLifetime the maximum connection lifetime
         * @return this builder
         */
        public Builder maxLifetime(Duration maxLifetime) {
            this.maxLifetime = Objects.requireNonNull(maxLifetime, "maxLifetime");
            return this;
        }

        /**
         * Logs every statement with its parameters and time to the logger {@code dev.quarry.sql} (default off).
         *
         * @param logSql {@code true} to log every statement
         * @return this builder
         */
        public Builder logSql(boolean logSql) {
            this.logSql = logSql;
            return this;
        }

        /**
         * Turns on the N+1 detector for every transaction of the database, for tests: when one
         * statement shape is about to run for the {@code (maxRunsPerStatement + 1)}-th time in one
         * transaction (nested transactions included), it is not sent and a
         * {@link dev.quarry.exception.RepeatedStatementException} naming the statement is thrown,
         * which rolls the transaction back. A statement's shape is its SQL with placeholder lists
         * written {@code (?...)}, so {@code IN} lists of any length are one shape; the chunks of one
         * {@code insertAll} count once. Statements outside transactions are not counted; for those
         * use {@link Database#watchStatements(int)}, whose limit applies in place of this one
         * while it is open. 0, the default, turns the detector off; it then costs nothing.
         *
         * <pre>{@code
         * Database db = Database.builder("jdbc:sqlite::memory:").maxRunsPerStatement(10).connect();
         * }</pre>
         *
         * @param maxRunsPerStatement the most runs of one statement per transaction; 0 turns the detector off
         * @return this builder
         */
        public Builder maxRunsPerStatement(int maxRunsPerStatement) {
            this.maxRunsPerStatement = maxRunsPerStatement;
            return this;
        }

        /**
         * The pool's name in logs and metrics.
         *
         * @param poolName the pool name
         * @return this builder
         */
        public Builder poolName(String poolName) {
            this.poolName = poolName;
            return this;
        }

        /**
         * The clock that fills {@link dev.quarry.annotation.CreatedAt @CreatedAt} and
         * {@link dev.quarry.annotation.UpdatedAt @UpdatedAt} columns (default: the system clock in
         * UTC). A fixed clock makes the timestamps predictable in tests; the clock's zone gives the
         * offset of {@code OffsetDateTime} values and the wall time of {@code LocalDateTime} ones.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Registers an {@link EntityListener} for the entities of {@code table} (and of its
         * aliases). A table may have several listeners; they run in the order registered.
         *
         * @param table the table
         * @param listener the listener
         * @param <E> the entity type
         * @return this builder
         */
        public <E> Builder listener(EntityTable<E, ?> table, EntityListener<? super E> listener) {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(listener, "listener");
            listeners.computeIfAbsent(table.schema(), schema -> new ArrayList<>()).add(listener);
            return this;
        }

        /**
         * Checks the settings and returns the configuration.
         *
         * @return the validated configuration
         * @throws IllegalArgumentException naming every invalid field and why
         */
        public DatabaseConfig build() {
            List<String> problems = new ArrayList<>();
            if (!url.startsWith("jdbc:")) {
                problems.add("url must be a JDBC URL starting with 'jdbc:'");
            }
            if (maximumPoolSize < 1) {
                problems.add("maximumPoolSize must be at least 1 (was " + maximumPoolSize + ")");
            }
            if (minimumIdle != null && (minimumIdle < 0 || minimumIdle > Math.max(maximumPoolSize, 1))) {
                problems.add("minimumIdle must be between 0 and maximumPoolSize " + maximumPoolSize
                        + " (was " + minimumIdle + ")");
            }
            if (connectionTimeout.compareTo(Duration.ofMillis(250)) < 0) {
                problems.add("connectionTimeout must be at least 250ms (was " + connectionTimeout + ")");
            }
            if (!idleTimeout.isZero() && idleTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
                problems.add("idleTimeout must be zero (never) or at least 10s (was " + idleTimeout + ")");
            }
            if (!maxLifetime.isZero() && maxLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
                problems.add("maxLifetime must be zero (no limit) or at least 30s (was " + maxLifetime + ")");
            }
            if (maxRunsPerStatement < 0) {
                problems.add("maxRunsPerStatement must be 0 (off) or at least 1 (was " + maxRunsPerStatement + ")");
            }
            if (poolName != null && poolName.isBlank()) {
                problems.add("poolName must not be blank");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("invalid database configuration: " + String.join("; ", problems));
            }
            return new DatabaseConfig(this);
        }

        /**
         * Builds the configuration and opens a {@link Database} with it.
         *
         * @return the open database
         */
        public Database connect() {
            return Database.create(build());
        }
    }
}
