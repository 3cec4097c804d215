package dev.quarry.internal.sql;

import dev.quarry.exception.QuarryException;
import dev.quarry.internal.migration.ChangeRenderer;
import dev.quarry.internal.migration.CheckExpressions;
import dev.quarry.internal.migration.DefaultExpressions;
import dev.quarry.internal.migration.Introspector;
import dev.quarry.internal.migration.SqliteChangeRenderer;
import dev.quarry.internal.migration.SqliteIntrospector;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import dev.quarry.transaction.Isolation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * SQLite (3.35 and later, for {@code RETURNING}). Types follow SQLite's storage classes:
 * integers (and booleans, as 0/1) are {@code INTEGER}; floating-point values {@code REAL};
 * decimals {@code NUMERIC}, so that they compare, sort and aggregate as numbers (how much of a
 * decimal SQLite keeps: {@link SqliteDecimals}), and a cast to {@code BigDecimal} is
 * {@code CAST(... AS NUMERIC)}; text, UUIDs and temporal values are {@code TEXT}. Transactions
 * are always serializable, which satisfies every isolation level; read-only transactions use
 * {@code PRAGMA query_only}.
 */
public final class SqliteDialect extends Dialect {
    /** The JDBC URL prefix this dialect serves. */
    public static final String URL_PREFIX = "jdbc:sqlite:";

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public int parameterLimit() {
        return 32_766;
    }

    @Override
    public void renderLimitOffset(SqlBuilder sql, Long limit, Long offset) {
        // SQLite has no OFFSET without LIMIT; a negative limit means "no limit".
        super.renderLimitOffset(sql, limit == null && offset != null ? Long.valueOf(-1L) : limit, offset);
    }

    /**
     * SQLite has no row locks: a transaction that writes locks the whole database, and writers
     * take turns. A locking query fails before it runs, saying how to serialise transactions.
     */
    @Override
    public void renderLock(SqlBuilder sql, RowLock.Strength strength, List<String> of, RowLock.Wait wait) {
        throw new UnsupportedOperationException("SQLite has no row locks, so a query cannot run "
                + strength.keywords() + ": a transaction that writes locks the whole database and writers take"
                + " turns. To make read-then-write transactions wait for each other, open the database with"
                + " transaction_mode=IMMEDIATE in its URL (jdbc:sqlite:app.db?transaction_mode=IMMEDIATE): each"
                + " db.transaction(...) then takes the write lock when it begins, and the others wait for it (up to the"
                + " busy timeout); and run the query without forUpdate()/forShare() on SQLite");
    }

    @Override
    public ParameterBinder binder(PreparedStatement statement) {
        return new SqliteParameterBinder(statement);
    }

    @Override
    public RowReader reader(ResultSet result) {
        return new SqliteRowReader(result);
    }

    @Override
    public void checkOuterJoins(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion();
        if (!atLeast(version, 3, 39)) {
            throw new UnsupportedOperationException("RIGHT and FULL joins need SQLite 3.39 or later; this database is"
                    + " SQLite " + version + ": upgrade org.xerial:sqlite-jdbc, or write the join as a LEFT join");
        }
    }

    /** Whether a version string {@code major.minor[.patch]} is at least {@code major.minor}. */
    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("\\.");
        try {
            int actualMajor = Integer.parseInt(parts[0]);
            int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return actualMajor > major || actualMajor == major && actualMinor >= minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String columnType(ColumnSchema column) {
        return switch (column.type()) {
            case BOOLEAN, SHORT, INT, LONG -> "INTEGER";
            case FLOAT, DOUBLE -> "REAL";
            case BYTES -> "BLOB";
            case DECIMAL -> "NUMERIC";
            case STRING, ENUM, UUID, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> "TEXT";
        };
    }

    @Override
    public String identityColumn(ColumnSchema column) {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public boolean identityIsPrimaryKey() {
        return true;
    }

    @Override
    public String defaultClause(String expression) {
        return "DEFAULT (" + expression + ")";
    }

    @Override
    public void applyIsolation(Connection connection, Isolation isolation) {
        // Always SERIALIZABLE, the strongest level: every requested level is satisfied.
    }

    @Override
    public void applyReadOnly(Connection connection, boolean readOnly) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(readOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
        }
    }

    @Override
    public QuarryException translate(SQLException exception, String sql) {
        return SqliteErrors.translate(exception, sql);
    }

    @Override
    public Introspector introspector() {
        return new SqliteIntrospector();
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new SqliteChangeRenderer(this);
    }

    @Override
    public String normalizeDefault(String expression) {
        return DefaultExpressions.sqlite(expression);
    }

    @Override
    public String normalizeCheck(String expression) {
        return CheckExpressions.sqlite(expression);
    }
}
