package dev.quarry.internal.sql;

import dev.quarry.query.Table;
import dev.quarry.spi.ValueType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Appends SQL text for one dialect and collects the values of its parameters. Identifiers go
 * through {@link #identifier}, which quotes them; values go through {@link #bind}, which writes
 * a {@code ?}: no value is ever written into the SQL text.
 */
public final class SqlBuilder {
    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder(160);
    private final List<BoundValue> parameters = new ArrayList<>();
    private boolean qualifying;
    private final Deque<List<Table<?>>> scopes = new ArrayDeque<>();
    private final Set<String> commonTables = new HashSet<>();

    public SqlBuilder(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect the SQL is written for. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Whether columns of tables without an alias are qualified by the table's name, as a query
     * over several tables needs.
     */
    public boolean qualifying() {
        return qualifying;
    }

    /** Sets {@link #qualifying()}; returns the previous setting, to restore after a nested query. */
    public boolean qualifying(boolean qualify) {
        boolean previous = qualifying;
        qualifying = qualify;
        return previous;
    }

    /**
     * Enters the {@code FROM} clause of a (possibly nested) query: the tables a subquery rendered
     * inside it may read besides its own (for correlated subqueries).
     */
    public void enterScope(List<Table<?>> from) {
        scopes.push(List.copyOf(from));
    }

    /** Leaves the scope entered last; returns its tables. */
    public List<Table<?>> leaveScope() {
        return scopes.pop();
    }

    /** Every table of the enclosing queries' {@code FROM} clauses, innermost first. */
    public List<Table<?>> enclosingTables() {
        List<Table<?>> tables = new ArrayList<>();
        scopes.forEach(tables::addAll);
        return tables;
    }

    /** Whether this builder is inside a query, so a query rendered now is a subquery. */
    public boolean nested() {
        return !scopes.isEmpty();
    }

    /**
     * Records that the statement defines the common table {@code name} ({@code WITH}); returns
     * {@code false} if it already does, so each is defined once.
     */
    public boolean defineCommonTable(String name) {
        return commonTables.add(name);
    }

    /** Appends SQL keywords or punctuation (never user data). */
    public SqlBuilder append(String keywords) {
        sql.append(keywords);
        return this;
    }

    /** Appends a quoted identifier. */
    public SqlBuilder identifier(String name) {
        dialect.quoteIdentifier(sql, name);
        return this;
    }

    /** Appends {@code "qualifier"."name"}, or just {@code "name"} when the qualifier is {@code null}. */
    public SqlBuilder qualified(String qualifier, String name) {
        if (qualifier != null) {
            dialect.quoteIdentifier(sql, qualifier);
            sql.append('.');
        }
        dialect.quoteIdentifier(sql, name);
        return this;
    }

    /** Appends a {@code ?} and records its value. */
    public SqlBuilder bind(Object value, ValueType type) {
        sql.append('?');
        parameters.add(new BoundValue(value, type));
        return this;
    }

    /** The SQL written so far and its parameters. */
    public RenderedSql build() {
        return new RenderedSql(sql.toString(), parameters);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
