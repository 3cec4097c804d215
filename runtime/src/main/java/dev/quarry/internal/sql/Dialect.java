package dev.quarry.internal.sql;

import dev.quarry.exception.QuarryException;
import dev.quarry.internal.migration.ChangeRenderer;
import dev.quarry.internal.migration.Introspector;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.ValueType;
import dev.quarry.transaction.Isolation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Everything Quarry knows about one database's SQL: identifier quoting, pagination, how values
 * are bound and read, column types for DDL, transaction settings and how errors are classified.
 * No other class branches on the database.
 */
public abstract class Dialect {
    /**
     * The column's SQL type as DDL declares it: the type read from a database when it has one,
     * otherwise {@link #columnType(ColumnSchema)}. Two columns have the same type in this dialect
     * exactly when their declared types are equal ignoring case.
     */
    public final String declaredType(ColumnSchema column) {
        return column.sqlType() != null ? column.sqlType() : columnType(column);
    }

    /** Reads the live schema of a connection, for migrations. */
    public abstract Introspector introspector();

    /** Renders schema changes as this dialect's DDL, for migrations. */
    public abstract ChangeRenderer changeRenderer();

    /**
     * A server default expression in the form this dialect's catalog reports it, so the model's
     * default and the database's compare equal when they mean the same: casts the database adds,
     * redundant parentheses and letter case of keywords are removed. {@code null} stays {@code null}.
     */
    public abstract String normalizeDefault(String expression);

    /**
     * A check constraint's expression in a canonical form, so the model's check and the one this
     * dialect's catalog reports compare equal when they mean the same: casts and parentheses the
     * database adds, quotes around plain names and letter case of keywords are removed, and the
     * database's rewritten forms (such as {@code = ANY (ARRAY[...])} for {@code IN (...)}) read back.
     */
    public abstract String normalizeCheck(String expression);

    /** The dialect's name, as {@code Database.dialectName()} reports it. */
    public abstract String name();

    /** The most bind parameters one statement may have. */
    public abstract int parameterLimit();

    /** Quotes an identifier (always; embedded double quotes are doubled). */
    public void quoteIdentifier(StringBuilder out, String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid SQL identifier: '" + name.replace("\0", "\\0") + "'");
        }
        out.append('"');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** {@link #quoteIdentifier(StringBuilder, String)} as a string. */
    public final String quote(String name) {
        StringBuilder out = new StringBuilder(name.length() + 2);
        quoteIdentifier(out, name);
        return out.toString();
    }

    /**
     * Appends the pagination clause; either bound may be {@code null} (absent), not both.
     * The default is {@code LIMIT ? OFFSET ?}, each part only when set.
     */
    public void renderLimitOffset(SqlBuilder sql, Long limit, Long offset) {
        if (limit != null) {
            sql.append(" LIMIT ").bind(limit, ValueType.LONG);
        }
        if (offset != null) {
            sql.append(" OFFSET ").bind(offset, ValueType.LONG);
        }
    }

    /**
     * Appends a row-locking clause, which comes last in a {@code SELECT} (after the pagination):
     * {@code FOR UPDATE|FOR SHARE [OF "a", "b"] [NOWAIT|SKIP LOCKED]}, as PostgreSQL (and MySQL 8)
     * write it. {@code of} names the tables (or aliases) whose rows are locked; empty locks the
     * rows of every table the statement reads. A database without row locks throws an
     * {@link UnsupportedOperationException} saying what to do instead; nothing has run then.
     */
    public void renderLock(SqlBuilder sql, RowLock.Strength strength, List<String> of, RowLock.Wait wait) {
        sql.append(" ").append(strength.keywords());
        for (int i = 0; i < of.size(); i++) {
            sql.append(i == 0 ? " OF " : ", ").identifier(of.get(i));
        }
        if (wait != RowLock.Wait.WAIT) {
            sql.append(" ").append(wait.keywords());
        }
    }

    /**
     * Checks, while a query with a {@code FULL} join renders, that the dialect can write one;
     * throws an {@link UnsupportedOperationException} saying what to write instead otherwise.
     */
    public void checkFullJoin() {
    }

    /**
     * Checks, while a statement with a {@code RETURNING} clause renders, that the database has
     * {@code RETURNING} for {@code verb} ({@code INSERT}, {@code UPDATE}, {@code DELETE});
     * throws an {@link UnsupportedOperationException} saying what to do instead otherwise.
     */
    public void checkReturning(String verb) {
    }

    /** Whether {@code UPDATE ... RETURNING} exists (otherwise a write reads the row back by key). */
    public boolean hasUpdateReturning() {
        return true;
    }

    /** What an {@code INSERT} writing no column says after the table: {@code DEFAULT VALUES}. */
    public String defaultValues() {
        return "DEFAULT VALUES";
    }

    /**
     * Appends the start of an upsert's conflict clause: {@code ON CONFLICT ("a", "b")}, the
     * target left out when {@code target} is empty.
     */
    public void renderConflictTarget(SqlBuilder sql, List<String> target) {
        sql.append(" ON CONFLICT");
        for (int i = 0; i < target.size(); i++) {
            sql.append(i == 0 ? " (" : ", ").identifier(target.get(i));
        }
        sql.append(target.isEmpty() ? "" : ")");
    }

    /**
     * Appends an upsert's "skip the conflicting row" action, {@code DO NOTHING}; {@code anyColumn}
     * is a column of {@code table}, for databases that spell it as a no-op update.
     */
    public void renderConflictDoNothing(SqlBuilder sql, String table, String anyColumn) {
        sql.append(" DO NOTHING");
    }

    /** The words before an upsert's first assignment: {@code DO UPDATE SET}. */
    public String conflictUpdateSet() {
        return " DO UPDATE SET ";
    }

    /** Appends the value an upsert proposed for {@code column}: {@code EXCLUDED."column"}. */
    public void renderExcluded(SqlBuilder sql, String column) {
        sql.append("EXCLUDED.").identifier(column);
    }

    /** The text before the first part of a string concatenation: {@code (a || b)} needs none. */
    public String concatOpen() {
        return "";
    }

    /** The text between the parts of a string concatenation: {@code " || "}. */
    public String concatSeparator() {
        return " || ";
    }

    /** The text after the last part of a string concatenation. */
    public String concatClose() {
        return "";
    }

    /** The operator dividing two integers to an integer, with spaces: {@code " / "}. */
    public String integerDivision() {
        return " / ";
    }

    /** The current time, to the precision instants are stored with: {@code CURRENT_TIMESTAMP}. */
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP";
    }

    /** The name of the function counting the characters of a string: {@code LENGTH}. */
    public String lengthFunction() {
        return "LENGTH";
    }

    /**
     * A check constraint's expression as this dialect reads it. The model writes identifiers in
     * double quotes, as PostgreSQL and SQLite read them; the default returns it unchanged.
     */
    public String checkExpression(String expression) {
        return expression;
    }

    /** What follows the closing parenthesis of {@code CREATE TABLE}, with a leading space; empty by default. */
    public String tableOptions() {
        return "";
    }

    /**
     * Driver properties every pooled connection gets (for example session settings); empty by
     * default.
     */
    public Map<String, String> connectionProperties() {
        return Map.of();
    }

    /** Appends where NULLs sort in an {@code ORDER BY} term (after its direction). */
    public void renderNullsOrder(SqlBuilder sql, boolean first) {
        sql.append(first ? " NULLS FIRST" : " NULLS LAST");
    }

    /**
     * Checks, before a query with a {@code RIGHT} or {@code FULL} join runs on
     * {@code connection}, that the database has them; throws an
     * {@link UnsupportedOperationException} naming the needed version otherwise.
     */
    public void checkOuterJoins(Connection connection) throws SQLException {
    }

    /** The SQL type to {@code CAST} a value to, for a value type. */
    public String castType(ValueType type) {
        return columnType(new ColumnSchema("cast", "cast", type, 0, 0, 0, true, false, null));
    }

    /** A binder for the parameters of {@code statement}. */
    public abstract ParameterBinder binder(PreparedStatement statement);

    /** A reader for the rows of {@code result}. */
    public abstract RowReader reader(ResultSet result);

    /** The SQL type of a column, for {@code CREATE TABLE}. */
    public abstract String columnType(ColumnSchema column);

    /**
     * The column definition of a generated (identity) key after its quoted name, for example
     * {@code bigint GENERATED BY DEFAULT AS IDENTITY}.
     */
    public abstract String identityColumn(ColumnSchema column);

    /** Whether {@link #identityColumn} already declares the column the primary key. */
    public abstract boolean identityIsPrimaryKey();

    /** The {@code DEFAULT} clause of a column with a server default, without a leading space. */
    public abstract String defaultClause(String expression);

    /**
     * The values as one array parameter, for {@code column = ANY (?)}; {@code null} when this
     * dialect has no arrays of {@code type} (then the caller writes an {@code IN} list).
     *
     * @param type   the type of the values, the column's
     * @param values the values, none {@code null}
     */
    public SqlArray array(ValueType type, List<?> values) {
        return null;
    }

    /**
     * Starts {@code COPY ... FROM STDIN} ({@code sql}) on {@code connection}; {@code null} when
     * the database has no such bulk path (then bulk inserts are multi-row {@code INSERT}s).
     */
    public CopyStream copyIn(Connection connection, String sql) throws SQLException {
        return null;
    }

    /** Whether {@link #copyIn} streams rows; otherwise it returns {@code null}. */
    public boolean hasCopy() {
        return false;
    }

    /**
     * The rows a streamed query fetches from the server at a time; {@code 0} when the driver reads
     * rows as they are asked for on its own (SQLite).
     */
    public int streamFetchSize() {
        return 0;
    }

    /**
     * Whether the driver fetches a result in parts only inside a transaction (PostgreSQL's reads
     * a result whole in auto-commit mode), so a stream outside one runs in one of its own.
     */
    public boolean streamsInTransactionsOnly() {
        return false;
    }

    /** Applies an isolation level to a connection about to begin a transaction. */
    public abstract void applyIsolation(Connection connection, Isolation isolation) throws SQLException;

    /** Makes the next transaction on {@code connection} read-only (or read-write again). */
    public abstract void applyReadOnly(Connection connection, boolean readOnly) throws SQLException;

    /**
     * Turns a driver exception into Quarry's: constraint violations into their named
     * subclasses, anything else into a {@code SqlExecutionException} carrying {@code sql}.
     */
    public abstract QuarryException translate(SQLException exception, String sql);

    @Override
    public String toString() {
        return name();
    }
}
