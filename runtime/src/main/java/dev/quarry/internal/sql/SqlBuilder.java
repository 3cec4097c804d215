package dev.quarry.internal.sql;

import dev.quarry.query.Table;
import dev.quarry.spi.ValueType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Appends SQL text for one dialect and collects the values of its parameters. Identifiers go
 * through {@link #identifier}, which quotes them; values go through {@link #bind}, which writes
 * a {@code ?}: no value is ever written into the SQL text. The common tables the statement reads,
 * at any depth (subqueries, derived tables, other common tables), are defined once in one
 * {@code WITH} clause in front of the whole statement when it is {@linkplain #build() built}.
 * Likewise a {@code RIGHT} or {@code FULL} join written anywhere in the statement is
 * {@linkplain #recordOuterJoin() recorded}, so that the built statement says whether it needs
 * them ({@link RenderedSql#outerJoins()}) and can be checked against the database before it runs.
 */
public final class SqlBuilder {
    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder(160);
    private final List<BoundValue> parameters = new ArrayList<>();
    private boolean qualifying;
    private final Deque<List<Table<?>>> scopes = new ArrayDeque<>();
    /** The common tables of the whole statement by name, shared by the builders of their definitions. */
    private final Map<String, CommonTableUse> commonTables;
    /** The names of the common tables the text of this builder reads, in the order first read. */
    private final Set<String> read = new LinkedHashSet<>();
    /** Whether the text of this builder has a {@code RIGHT} or {@code FULL} join. */
    private boolean outerJoins;
    /** Whether the statement locks rows ({@code FOR UPDATE}, {@code FOR SHARE}). */
    private boolean locks;

    /** One common table a statement reads: what identifies it and how its definition renders. */
    private record CommonTableUse(Object identity, boolean recursive, Consumer<SqlBuilder> definition) {
    }

    public SqlBuilder(Dialect dialect) {
        this(dialect, new HashMap<>());
    }

    private SqlBuilder(Dialect dialect, Map<String, CommonTableUse> commonTables) {
        this.dialect = dialect;
        this.commonTables = commonTables;
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
     * Records that the SQL written here reads the common table {@code name}, which {@link #build()}
     * then defines in the statement's {@code WITH} clause, once.
     *
     * @param identity   what the table is: the same object for every reference to (an alias of) one table
     * @param recursive  whether the table is defined recursively ({@code WITH RECURSIVE})
     * @param definition appends {@code "name"("a", "b") AS (...)} to the builder it is given, which
     *                   collects the common tables that definition reads in turn
     * @throws IllegalStateException if the statement reads another common table of the same name
     */
    public void readCommonTable(String name, Object identity, boolean recursive, Consumer<SqlBuilder> definition) {
        CommonTableUse known = commonTables.putIfAbsent(name, new CommonTableUse(identity, recursive, definition));
        if (known != null && known.identity() != identity) {
            throw new IllegalStateException("the statement reads two different common tables named " + name
                    + ", which one WITH clause cannot define: give one of them another name");
        }
        read.add(name);
    }

    /**
     * Records that the SQL written here has a {@code RIGHT} or {@code FULL} join, which not every
     * database version has: the built statement then {@linkplain RenderedSql#outerJoins() says so},
     * whether the join is in the statement itself or in any query nested in it (a subquery, a
     * derived table, a common table's definition, a set operation's member, the query of an
     * {@code INSERT ... SELECT}).
     */
    public void recordOuterJoin() {
        outerJoins = true;
    }

    /**
     * Records that the statement locks rows, which only makes sense inside a transaction: the
     * built statement then {@linkplain RenderedSql#locks() says so}, and is checked before it runs.
     */
    public void recordLock() {
        locks = true;
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

    /**
     * The SQL written so far and its parameters, behind {@code WITH [RECURSIVE] ...} defining
     * every common table it reads, each once, a table after those its definition reads; it
     * {@linkplain RenderedSql#outerJoins() needs outer joins} when this text or any of those
     * definitions has a {@code RIGHT} or {@code FULL} join.
     */
    public RenderedSql build() {
        if (read.isEmpty()) {
            return new RenderedSql(sql.toString(), parameters, outerJoins, locks);
        }
        Map<String, SqlBuilder> definitions = new LinkedHashMap<>();
        Set<String> started = new HashSet<>();
        for (String name : read) {
            define(name, definitions, started);
        }
        boolean recursive = definitions.keySet().stream().anyMatch(name -> commonTables.get(name).recursive());
        StringBuilder text = new StringBuilder(recursive ? "WITH RECURSIVE " : "WITH ");
        List<BoundValue> values = new ArrayList<>();
        boolean outer = outerJoins;
        String separator = "";
        for (SqlBuilder definition : definitions.values()) {
            text.append(separator).append(definition.sql);
            values.addAll(definition.parameters);
            outer |= definition.outerJoins;
            separator = ", ";
        }
        text.append(' ').append(sql);
        values.addAll(parameters);
        return new RenderedSql(text.toString(), values, outer, locks);
    }

    /**
     * Renders the definition of the common table {@code name} into {@code definitions} after those
     * of the tables it reads; a table being defined already (one reading itself) is skipped.
     */
    private void define(String name, Map<String, SqlBuilder> definitions, Set<String> started) {
        if (definitions.containsKey(name) || !started.add(name)) {
            return;
        }
        SqlBuilder definition = new SqlBuilder(dialect, commonTables);
        commonTables.get(name).definition().accept(definition);
        for (String dependency : definition.read) {
            define(dependency, definitions, started);
        }
        definitions.put(name, definition);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
