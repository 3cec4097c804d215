package dev.quarry.internal.query;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections to a real database that record the SQL of every statement prepared on them (the
 * very {@code String} instances handed to the driver) and, when a version is given, report it as
 * the database's product version, as an older SQLite would.
 */
final class RecordingDataSource implements DataSource {
    /** The SQL of every statement prepared so far, in order. */
    final List<String> prepared = new CopyOnWriteArrayList<>();
    private final String url;
    private final String version;

    /**
     * @param url     the JDBC URL of the real database
     * @param version the product version to report, or {@code null} for the database's own
     */
    RecordingDataSource(String url, String version) {
        this.url = url;
        this.version = version;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("prepare")) {
                        prepared.add((String) arguments[0]);
                    }
                    if (method.getName().equals("getMetaData") && version != null) {
                        return metaData(connection.getMetaData());
                    }
                    return invoke(connection, method, arguments);
                });
    }

    private DatabaseMetaData metaData(DatabaseMetaData real) {
        return (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, arguments) ->
                        method.getName().equals("getDatabaseProductVersion") ? version : invoke(real, method, arguments));
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    @Override
    public String toString() {
        return "recording " + url + (version == null ? "" : " reporting version " + version);
    }
}
