package dev.quarry.internal.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.quarry.DatabaseConfig;
import dev.quarry.exception.ConfigurationException;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.Dialects;
import dev.quarry.internal.sql.SqliteDialect;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the HikariCP pool of a database. Every connection gets the dialect's
 * {@linkplain Dialect#connectionProperties() connection properties}. SQLite connections get {@code foreign_keys} on and a
 * busy timeout through driver properties, so every pooled connection has them. An in-memory
 * SQLite database exists only inside the connection that opened it, so its pool holds exactly
 * one connection that is never retired (a statement waits for it while another thread uses it).
 */
public final class PoolFactory {
    /** How long a SQLite connection waits for another's write lock before failing. */
    public static final int SQLITE_BUSY_TIMEOUT_MILLIS = 5_000;

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private PoolFactory() {
    }

    /**
     * Opens the pool.
     *
     * @throws ConfigurationException if the database cannot be reached with these settings
     */
    public static HikariDataSource open(DatabaseConfig config, Dialect dialect) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.username());
        hikari.setPassword(config.password());
        hikari.setPoolName(config.poolName() != null ? config.poolName() : "quarry-" + POOL_NUMBER.incrementAndGet());
        hikari.setAutoCommit(true);
        hikari.setMaximumPoolSize(config.maximumPoolSize());
        hikari.setMinimumIdle(config.minimumIdle());
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setIdleTimeout(config.idleTimeout().toMillis());
        hikari.setMaxLifetime(config.maxLifetime().toMillis());
        dialect.connectionProperties().forEach(hikari::addDataSourceProperty);
        if (dialect instanceof SqliteDialect) {
            hikari.addDataSourceProperty("foreign_keys", "true");
            hikari.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
            if (Dialects.isSqliteInMemory(config.url())) {
                hikari.setMaximumPoolSize(1);
                hikari.setMinimumIdle(1);
                hikari.setIdleTimeout(0);
                hikari.setMaxLifetime(0);
            }
        }
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ConfigurationException("cannot connect to the " + dialect.name() + " database of "
                    + config + ": " + cause.getMessage(), cause);
        }
    }
}
