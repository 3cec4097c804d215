package dev.quarry.bench.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The PostgreSQL driver with every connection wrapped in a {@link CountingConnection}, so that
 * the statements of every contender are counted the same way, whoever builds its pool: it takes
 * the place of the PostgreSQL driver in {@link DriverManager} for {@code jdbc:postgresql:}
 * URLs. Install it with {@link #install()} before any pool is created.
 */
public final class CountingDriver implements Driver {
    private static final CountingDriver INSTANCE = new CountingDriver(new org.postgresql.Driver());

    private final Driver delegate;

    private CountingDriver(Driver delegate) {
        this.delegate = delegate;
    }

    /**
     * Replaces the registered PostgreSQL driver with the counting one; calling it again does
     * nothing.
     */
    public static synchronized void install() throws SQLException {
        if (org.postgresql.Driver.isRegistered()) {
            org.postgresql.Driver.deregister();
        }
        boolean registered = DriverManager.drivers().anyMatch(driver -> driver == INSTANCE);
        if (!registered) {
            DriverManager.registerDriver(INSTANCE);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : new CountingConnection(connection, StatementCounter.GLOBAL);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }
}
