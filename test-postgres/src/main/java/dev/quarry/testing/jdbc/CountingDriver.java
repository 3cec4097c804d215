package dev.quarry.testing.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A JDBC driver that wraps the PostgreSQL, SQLite and MariaDB drivers and counts the statements of every
 * connection it opens (see {@link JdbcStatements}). {@link #install()} puts it in the place of
 * those drivers in {@link DriverManager}, so that every {@code jdbc:postgresql:},
 * {@code jdbc:sqlite:} and {@code jdbc:mariadb:} URL opened through {@code DriverManager} afterwards is counted, whoever
 * opens it: plain JDBC, a HikariCP pool, a Quarry {@code Database}.
 *
 * <p>A pool looks its driver up when it is created: install the counting driver before the pool
 * ({@code quarry-test}'s {@code DatabaseExtension} does, before it creates the database).
 * Connections opened before the installation, or opened with a driver object directly, are not
 * counted.
 */
public final class CountingDriver implements Driver {
    /** The drivers that are wrapped, by class name, when they are on the class path. */
    static final List<String> WRAPPED_DRIVERS = List.of("org.postgresql.Driver", "org.sqlite.JDBC",
            "org.mariadb.jdbc.Driver");

    private static final Set<String> installed = new LinkedHashSet<>();

    private final Driver delegate;

    private CountingDriver(Driver delegate) {
        this.delegate = delegate;
    }

    /**
     * Replaces the registered PostgreSQL, SQLite and MariaDB drivers (whichever are on the class path)
     * with counting ones. Calling it again does nothing, except wrapping a driver that was
     * registered again in the meantime.
     *
     * @throws IllegalStateException if neither driver is on the class path, or a driver cannot
     *                               be registered
     */
    public static synchronized void install() {
        try {
            // Loading a driver class registers the driver; list the registered ones after that.
            List<Class<?>> driverClasses = new ArrayList<>();
            for (String className : WRAPPED_DRIVERS) {
                Class<?> driverClass = load(className);
                if (driverClass != null) {
                    driverClasses.add(driverClass);
                }
            }
            List<Driver> registered = new ArrayList<>();
            DriverManager.drivers().forEach(registered::add);
            for (Class<?> driverClass : driverClasses) {
                String className = driverClass.getName();
                boolean found = false;
                for (Driver driver : registered) {
                    if (driver.getClass() == driverClass) {
                        DriverManager.deregisterDriver(driver);
                        DriverManager.registerDriver(new CountingDriver(driver));
                        found = true;
                    }
                }
                if (!found && !installed.contains(className)) {
                    // Deregistered by someone else before: wrap a new instance.
                    DriverManager.registerDriver(new CountingDriver(instantiate(driverClass)));
                }
                installed.add(className);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot register the counting JDBC driver: " + e.getMessage(), e);
        }
        if (installed.isEmpty()) {
            throw new IllegalStateException("None of the PostgreSQL driver (org.postgresql:postgresql), the"
                    + " SQLite driver (org.xerial:sqlite-jdbc) and the MariaDB driver (org.mariadb.jdbc:mariadb-java-client)"
                    + " is on the class path; add the one the test uses");
        }
    }

    /** {@return whether {@link #install()} has run} */
    public static synchronized boolean isInstalled() {
        return !installed.isEmpty();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, true, CountingDriver.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Driver instantiate(Class<?> driverClass) {
        try {
            return (Driver) driverClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create the JDBC driver " + driverClass.getName(), e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : new CountingConnection(connection);
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

    @Override
    public String toString() {
        return "CountingDriver[" + delegate.getClass().getName() + "]";
    }
}
