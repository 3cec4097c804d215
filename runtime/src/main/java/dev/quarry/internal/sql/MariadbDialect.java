package dev.quarry.internal.sql;

import dev.quarry.exception.QuarryException;
import dev.quarry.internal.migration.ChangeRenderer;
import dev.quarry.internal.migration.Introspector;
import dev.quarry.migration.MigrationException;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.ValueType;
import dev.quarry.transaction.Isolation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * MariaDB (10.11 and later) with InnoDB tables whose text compares by code point
 * ({@code utf8mb4_bin}, so case matters as on PostgreSQL and SQLite). Identifiers are quoted with backticks. Instants
 * and offset date-times are {@code DATETIME(6)} in UTC (every pooled connection sets its session
 * time zone to UTC, so {@code CURRENT_TIMESTAMP} is UTC too); UUIDs use MariaDB's {@code UUID}
 * type; strings without a length are {@code TEXT}; floats are {@code DOUBLE} (a 4-byte
 * {@code FLOAT} rejects {@code Float.MAX_VALUE} and keeps fewer digits than a Java float); decimals without a precision are
 * {@code DECIMAL(65, 30)}. Generated keys are {@code BIGINT AUTO_INCREMENT} and come back through
 * {@code INSERT ... RETURNING}; MariaDB has {@code DELETE ... RETURNING} but no
 * {@code UPDATE ... RETURNING}, so an entity upsert by a generated key reads the row back by key
 * in its transaction, and a DSL {@code UPDATE ... RETURNING} fails before it runs. Upserts are
 * {@code ON DUPLICATE KEY UPDATE}, which fires on a conflict with any unique key of the table (the
 * conflict target is not written). Where MySQL 8 differs, the comments of the methods say so.
 */
public final class MariadbDialect extends Dialect {
    /** The JDBC URL prefix this dialect serves. */
    public static final String URL_PREFIX = "jdbc:mariadb:";

    /** {@code LIMIT} with an offset but no limit: the largest row count MariaDB takes. */
    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public int parameterLimit() {
        return 65_535;
    }

    /** Backticks, embedded backticks doubled (MySQL quotes the same way). */
    @Override
    public void quoteIdentifier(StringBuilder out, String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid SQL identifier: '" + name.replace("\0", "\\0") + "'");
        }
        out.append('`');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '`') {
                out.append('`');
            }
            out.append(c);
        }
        out.append('`');
    }

    /** MariaDB has no {@code OFFSET} without {@code LIMIT}: an offset alone gets the largest limit. */
    @Override
    public void renderLimitOffset(SqlBuilder sql, Long limit, Long offset) {
        super.renderLimitOffset(sql, limit == null && offset != null ? Long.valueOf(NO_LIMIT) : limit, offset);
    }

    /**
     * {@code FOR UPDATE} or {@code LOCK IN SHARE MODE}, then {@code NOWAIT} or {@code SKIP LOCKED}.
     * MariaDB cannot name the tables to lock ({@code OF}): such a query fails before it runs.
     * (MySQL 8 writes {@code FOR SHARE} and has {@code OF}.)
     */
    @Override
    public void renderLock(SqlBuilder sql, RowLock.Strength strength, List<String> of, RowLock.Wait wait) {
        if (!of.isEmpty()) {
            throw new UnsupportedOperationException("MariaDB cannot lock the rows of some tables only ("
                    + strength.keywords() + " OF " + String.join(", ", of) + "): it locks the rows of every table the"
                    + " query reads; lock them all (leave out the tables), or lock the rows of those tables with a query"
                    + " of their own");
        }
        sql.append(strength == RowLock.Strength.UPDATE ? " FOR UPDATE" : " LOCK IN SHARE MODE");
        if (wait != RowLock.Wait.WAIT) {
            sql.append(" ").append(wait.keywords());
        }
    }

    /** MariaDB (and MySQL) have no {@code NULLS FIRST/LAST}: such a query fails before it runs. */
    @Override
    public void renderNullsOrder(SqlBuilder sql, boolean first) {
        throw new UnsupportedOperationException("MariaDB has no NULLS " + (first ? "FIRST" : "LAST") + ": it sorts NULLs"
                + " first in ascending order and last in descending order; leave out nulls" + (first ? "First" : "Last")
                + "() and sort by that order, or sort by a coalesce(...) of the column");
    }

    /** MariaDB (and MySQL) have no {@code FULL} join: such a query fails before it runs. */
    @Override
    public void checkFullJoin() {
        throw new UnsupportedOperationException("MariaDB has no FULL JOIN: write it as the UNION of a LEFT join and a"
                + " RIGHT join");
    }

    /** MariaDB has {@code INSERT/DELETE ... RETURNING}, not {@code UPDATE ... RETURNING} (MySQL has none). */
    @Override
    public void checkReturning(String verb) {
        if (verb.equals("UPDATE")) {
            throw new UnsupportedOperationException("MariaDB has no UPDATE ... RETURNING: run the update with execute()"
                    + " inside a transaction, then select the rows it changed");
        }
    }

    @Override
    public boolean hasUpdateReturning() {
        return false;
    }

    @Override
    public String defaultValues() {
        return "() VALUES ()";
    }

    /** {@code ON DUPLICATE KEY UPDATE} has no target: it fires on a conflict with any unique key. */
    @Override
    public void renderConflictTarget(SqlBuilder sql, List<String> target) {
        sql.append(" ON DUPLICATE KEY UPDATE ");
    }

    /** A no-op update of one column: the conflicting row stays as it is (and is counted as found). */
    @Override
    public void renderConflictDoNothing(SqlBuilder sql, String table, String anyColumn) {
        sql.identifier(table).append(".").identifier(anyColumn).append(" = ").identifier(table).append(".")
                .identifier(anyColumn);
    }

    @Override
    public String conflictUpdateSet() {
        return "";
    }

    /** {@code VALUES(`column`)} (MySQL 8.0.20 and later deprecate it for a row alias, and still read it). */
    @Override
    public void renderExcluded(SqlBuilder sql, String column) {
        sql.append("VALUES(").identifier(column).append(")");
    }

    @Override
    public String concatOpen() {
        return "CONCAT(";
    }

    @Override
    public String concatSeparator() {
        return ", ";
    }

    @Override
    public String concatClose() {
        return ")";
    }

    /** {@code DIV}: MariaDB's {@code /} of integers is a decimal. */
    @Override
    public String integerDivision() {
        return " DIV ";
    }

    /** With microseconds, the precision of {@code DATETIME(6)} (plain {@code CURRENT_TIMESTAMP} has whole seconds). */
    @Override
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP(6)";
    }

    /** {@code CHAR_LENGTH}: MariaDB's {@code LENGTH} counts bytes. */
    @Override
    public String lengthFunction() {
        return "CHAR_LENGTH";
    }

    /** The model's double-quoted identifiers in backticks (a double-quoted word is a string here). */
    @Override
    public String checkExpression(String expression) {
        return MariadbText.backtickIdentifiers(expression);
    }

    /**
     * InnoDB (transactions, foreign keys), and text that compares and sorts by code point
     * ({@code utf8mb4_bin}), as on PostgreSQL and SQLite: MariaDB's default collation ignores case,
     * so {@code 'active'} would equal {@code 'ACTIVE'} in a condition, a unique key and an enum's check.
     */
    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
    }

    /** Every session in UTC, so {@code CURRENT_TIMESTAMP} and {@code NOW()} agree with stored instants. */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("sessionVariables", "time_zone='+00:00'");
    }

    @Override
    public String castType(ValueType type) {
        return switch (type) {
            case BOOLEAN, SHORT, INT, LONG -> "SIGNED";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(65, 30)";
            case STRING, ENUM, UUID -> "CHAR";
            case BYTES -> "BINARY";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME(6)";
            case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> "DATETIME(6)";
        };
    }

    @Override
    public ParameterBinder binder(PreparedStatement statement) {
        return new MariadbParameterBinder(statement);
    }

    @Override
    public RowReader reader(ResultSet result) {
        return new MariadbRowReader(result);
    }

    /** The column types; MySQL 8 differs for UUIDs only ({@code BINARY(16)}, it has no {@code UUID}). */
    @Override
    public String columnType(ColumnSchema column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case FLOAT, DOUBLE -> "DOUBLE";
            case DECIMAL -> column.precision() > 0
                    ? "DECIMAL(" + column.precision() + ", " + column.scale() + ")"
                    : "DECIMAL(65, 30)";
            case STRING, ENUM -> column.length() > 0 ? "VARCHAR(" + column.length() + ")" : "TEXT";
            case BYTES -> "LONGBLOB";
            case UUID -> "UUID";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME(6)";
            case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> "DATETIME(6)";
        };
    }

    @Override
    public String identityColumn(ColumnSchema column) {
        return columnType(column) + " NOT NULL AUTO_INCREMENT";
    }

    @Override
    public boolean identityIsPrimaryKey() {
        return false;
    }

    /** {@code DEFAULT (expression)}: parentheses let any expression be a default (MySQL 8.0.13 and later too). */
    @Override
    public String defaultClause(String expression) {
        return "DEFAULT (" + expression + ")";
    }

    /** 1,000 rows a round trip: the driver streams a result in parts once a fetch size is set. */
    @Override
    public int streamFetchSize() {
        return 1_000;
    }

    @Override
    public void applyIsolation(Connection connection, Isolation isolation) throws SQLException {
        connection.setTransactionIsolation(switch (isolation) {
            case READ_UNCOMMITTED -> Connection.TRANSACTION_READ_UNCOMMITTED;
            case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
            case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
        });
    }

    /** {@code SET SESSION TRANSACTION READ ONLY} (the driver's {@code setReadOnly} only routes to replicas). */
    @Override
    public void applyReadOnly(Connection connection, boolean readOnly) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(readOnly ? "SET SESSION TRANSACTION READ ONLY" : "SET SESSION TRANSACTION READ WRITE");
        }
    }

    @Override
    public QuarryException translate(SQLException exception, String sql) {
        return MariadbErrors.translate(exception, sql);
    }

    /** Migrations do not support MariaDB yet: every migration operation fails, saying so. */
    @Override
    public Introspector introspector() {
        return (connection, excluded) -> {
            throw migrationsUnsupported();
        };
    }

    /** Migrations do not support MariaDB yet: every migration operation fails, saying so. */
    @Override
    public ChangeRenderer changeRenderer() {
        return diff -> {
            throw migrationsUnsupported();
        };
    }

    @Override
    public String normalizeDefault(String expression) {
        throw migrationsUnsupported();
    }

    @Override
    public String normalizeCheck(String expression) {
        throw migrationsUnsupported();
    }

    /** The failure of every migration operation on MariaDB. */
    public static MigrationException migrationsUnsupported() {
        return new MigrationException("migrations on MariaDB are not supported yet (only on PostgreSQL and SQLite):"
                + " create the schema with db.schema(...).createAll(), or manage it with your own DDL scripts");
    }
}
