package dev.quarry.internal.query;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.RowLock;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.CommonTable;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Table;
import dev.quarry.spi.ColumnSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The clauses of one {@code SELECT}, immutable: every {@code with...} returns a new model. Renders
 * the statement around a select list and checks that every table its expressions read is in
 * its {@code FROM} clause.
 */
final class QueryModel {
    /** The kinds of join. */
    enum JoinKind {
        INNER(" JOIN ", false), LEFT(" LEFT JOIN ", false), RIGHT(" RIGHT JOIN ", true), FULL(" FULL JOIN ", true);

        private final String keyword;
        /** Whether not every database version has the join, so it is checked before the statement runs. */
        private final boolean outer;

        JoinKind(String keyword, boolean outer) {
            this.keyword = keyword;
            this.outer = outer;
        }
    }

    /** One {@code JOIN table ON condition}. */
    record Join(JoinKind kind, EntityTable<?, ?> table, AbstractCondition<?> on) {
    }

    /**
     * A row-locking clause: its strength, the tables whose rows it locks (empty: every table of
     * the {@code FROM} clause) and what it does with rows locked by another transaction.
     */
    record Lock(RowLock.Strength strength, List<EntityTable<?, ?>> of, RowLock.Wait waiting) {
        Lock {
            of = List.copyOf(of);
        }
    }

    final EntityTable<?, ?> root;
    final List<Join> joins;
    final AbstractCondition<?> where;
    final List<ExprImpl<?, ?>> groupBy;
    final AbstractCondition<?> having;
    final List<SortImpl<?>> sorts;
    final Long limit;
    final Long offset;
    final boolean distinct;
    /** The last row's order values for keyset pagination; {@code null} without {@code seek}. */
    final List<Object> seek;
    /**
     * The query the root table's rows come from, rendered in {@code FROM} in place of the table
     * under the table's name; {@code null} for the table itself. See {@link #pagedRoots()}.
     */
    final QueryModel rootQuery;
    /** The row-locking clause; {@code null} without {@code forUpdate()} or {@code forShare()}. */
    final Lock lock;

    private QueryModel(EntityTable<?, ?> root, List<Join> joins, AbstractCondition<?> where, List<ExprImpl<?, ?>> groupBy,
                       AbstractCondition<?> having, List<SortImpl<?>> sorts, Long limit, Long offset, boolean distinct,
                       List<Object> seek) {
        this(root, joins, where, groupBy, having, sorts, limit, offset, distinct, seek, null);
    }

    private QueryModel(EntityTable<?, ?> root, List<Join> joins, AbstractCondition<?> where, List<ExprImpl<?, ?>> groupBy,
                       AbstractCondition<?> having, List<SortImpl<?>> sorts, Long limit, Long offset, boolean distinct,
                       List<Object> seek, QueryModel rootQuery) {
        this(root, joins, where, groupBy, having, sorts, limit, offset, distinct, seek, rootQuery, null);
    }

    private QueryModel(EntityTable<?, ?> root, List<Join> joins, AbstractCondition<?> where, List<ExprImpl<?, ?>> groupBy,
                       AbstractCondition<?> having, List<SortImpl<?>> sorts, Long limit, Long offset, boolean distinct,
                       List<Object> seek, QueryModel rootQuery, Lock lock) {
        this.rootQuery = rootQuery;
        this.lock = lock;
        this.root = root;
        this.joins = joins;
        this.where = where;
        this.groupBy = groupBy;
        this.having = having;
        this.sorts = sorts;
        this.limit = limit;
        this.offset = offset;
        this.distinct = distinct;
        this.seek = seek;
    }

    /**
     * This query as the source of its root rows, for joins that would repeat them: {@code FROM
     * (this query, with its filter, order, limit and offset) AS root}, ordered again by this
     * query's order. The limit and offset then count root rows, whatever is joined to them.
     */
    QueryModel pagedRoots() {
        if (!joins.isEmpty() || !groupBy.isEmpty() || distinct) {
            throw new IllegalStateException("only a query of one table's rows can be paged under its joins");
        }
        return new QueryModel(root, List.of(), null, List.of(), null, sorts, null, null, false, null, this);
    }

    /** The rows this query reads locked with {@code lock}, replacing any lock it had. */
    QueryModel lock(Lock changed) {
        return new QueryModel(root, joins, where, groupBy, having, sorts, limit, offset, distinct, seek, rootQuery,
                Objects.requireNonNull(changed, "lock"));
    }

    /**
     * This query with its lock, if it locks every table, narrowed to the tables it reads now: the
     * joins a load option adds afterwards then read their rows without locking them.
     */
    QueryModel lockingOwnTables() {
        if (lock == null || !lock.of().isEmpty()) {
            return this;
        }
        List<EntityTable<?, ?>> own = new ArrayList<>();
        own.add(root);
        joins.forEach(join -> own.add(join.table()));
        return lock(new Lock(lock.strength(), own, lock.waiting()));
    }

    static QueryModel of(EntityTable<?, ?> root) {
        return new QueryModel(Objects.requireNonNull(root, "table"), List.of(), null, List.of(), null, List.of(), null,
                null, false, null);
    }

    QueryModel join(JoinKind kind, EntityTable<?, ?> table, AbstractCondition<?> on) {
        List<Join> added = new ArrayList<>(joins);
        added.add(new Join(kind, Objects.requireNonNull(table, "table"), on));
        return new QueryModel(root, List.copyOf(added), where, groupBy, having, sorts, limit, offset,
                distinct, seek, rootQuery, lock);
    }

    QueryModel where(AbstractCondition<?> condition) {
        return new QueryModel(root, joins, and(where, condition), groupBy, having, sorts, limit, offset,
                distinct, seek, rootQuery, lock);
    }

    QueryModel having(AbstractCondition<?> condition) {
        return new QueryModel(root, joins, where, groupBy, and(having, condition), sorts, limit, offset,
                distinct, seek, rootQuery, lock);
    }

    QueryModel groupBy(List<ExprImpl<?, ?>> added) {
        List<ExprImpl<?, ?>> combined = new ArrayList<>(groupBy);
        combined.addAll(added);
        return new QueryModel(root, joins, where, List.copyOf(combined), having, sorts, limit, offset,
                distinct, seek, rootQuery, lock);
    }

    QueryModel orderBy(List<SortImpl<?>> added) {
        List<SortImpl<?>> combined = new ArrayList<>(sorts);
        combined.addAll(added);
        return new QueryModel(root, joins, where, groupBy, having, List.copyOf(combined), limit, offset,
                distinct, seek, rootQuery, lock);
    }

    QueryModel limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative (was " + count + ")");
        }
        return new QueryModel(root, joins, where, groupBy, having, sorts, count, offset, distinct, seek, rootQuery, lock);
    }

    QueryModel offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset must not be negative (was " + count + ")");
        }
        return new QueryModel(root, joins, where, groupBy, having, sorts, limit, count, distinct, seek, rootQuery, lock);
    }

    /** Keyset pagination: the rows after the one whose order values are {@code values} (checked when rendered). */
    QueryModel seek(Object... values) {
        Objects.requireNonNull(values, "values");
        List<Object> copy = java.util.Arrays.asList(values.clone());
        SeekCondition.of(sorts, copy);
        return new QueryModel(root, joins, where, groupBy, having, sorts, limit, offset, distinct,
                java.util.Collections.unmodifiableList(copy), rootQuery, lock);
    }

    /** The {@code WHERE} condition with the keyset condition, if any. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // scopes are compile-time markers only
    private AbstractCondition<?> filter() {
        if (seek == null) {
            return where;
        }
        AbstractCondition<?> after = SeekCondition.of(sorts, seek);
        return where == null ? after : Junction.of(Junction.Kind.AND, (AbstractCondition) where, (AbstractCondition) after);
    }

    QueryModel distinct() {
        return new QueryModel(root, joins, where, groupBy, having, sorts, limit, offset, true, seek, rootQuery, lock);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // scopes are compile-time markers only
    private static AbstractCondition<?> and(AbstractCondition<?> current, AbstractCondition<?> added) {
        Objects.requireNonNull(added, "condition");
        return current == null ? added : Junction.of(Junction.Kind.AND, (AbstractCondition) current, (AbstractCondition) added);
    }

    /** Whether the query reads several tables, so that columns are qualified by their table. */
    boolean multiTable() {
        return !joins.isEmpty();
    }

    /** Renders {@code SELECT [DISTINCT] <list> FROM ...} with every clause of the model. */
    RenderedSql render(Dialect dialect, List<ExprImpl<?, ?>> selected) {
        SqlBuilder sql = new SqlBuilder(dialect);
        renderTo(sql, selected, null);
        return sql.build();
    }

    /**
     * Appends the statement to {@code sql}; inside another query (a subquery) every column is
     * qualified and the enclosing queries' tables may be read (a correlated subquery).
     */
    void renderTo(SqlBuilder sql, List<ExprImpl<?, ?>> selected) {
        renderTo(sql, selected, null);
    }

    /**
     * Appends the statement to {@code sql} like {@link #renderTo(SqlBuilder, List)}, naming the
     * selected expressions {@code columnNames} ({@code expr AS "name"}) when not {@code null}, as
     * the query of a derived table does.
     */
    void renderTo(SqlBuilder sql, List<ExprImpl<?, ?>> selected, List<String> columnNames) {
        List<Table<?>> from = fromTables();
        checkTables(selected, from, sql.enclosingTables());
        readCommonTables(sql, from);
        boolean previous = sql.qualifying(multiTable() || sql.nested());
        sql.enterScope(from);
        try {
            sql.append(distinct ? "SELECT DISTINCT " : "SELECT ");
            if (selected == null) {
                entityColumns(sql);
            } else {
                for (int i = 0; i < selected.size(); i++) {
                    if (i > 0) {
                        sql.append(", ");
                    }
                    selected.get(i).renderTo(sql);
                    if (columnNames != null) {
                        sql.append(" AS ").identifier(columnNames.get(i));
                    }
                }
            }
            clauses(sql, true);
            if (lock != null) {
                lockClause(sql);
            }
        } finally {
            sql.leaveScope();
            sql.qualifying(previous);
        }
    }

    /**
     * Appends the locking clause in the dialect's words, after checking what PostgreSQL would
     * refuse: locking the rows of a {@code SELECT DISTINCT}, of a table that is not in the
     * {@code FROM} clause, or of the nullable side of an outer join.
     */
    private void lockClause(SqlBuilder sql) {
        List<String> names = new ArrayList<>();
        lock.of().forEach(table -> names.add(table.alias().orElse(table.name())));
        sql.dialect().renderLock(sql, lock.strength(), names, lock.waiting());
        String clause = lock.strength().keywords();
        if (distinct) {
            throw new IllegalStateException(clause + " cannot lock the rows of a SELECT DISTINCT, whose rows are not"
                    + " table rows: drop distinct(), or lock the rows in a query of their own first");
        }
        List<Table<?>> from = fromTables();
        for (EntityTable<?, ?> table : lock.of()) {
            if (!contains(from, table)) {
                throw new IllegalStateException(clause + " OF " + describe(table) + " names a table that is not in the"
                        + " query's FROM clause (" + describeAll(from) + "): name one of those");
            }
        }
        List<Table<?>> nullable = nullableTables();
        List<Table<?>> locked = lock.of().isEmpty() ? from : new ArrayList<>(lock.of());
        for (Table<?> table : locked) {
            if (contains(nullable, table)) {
                throw new IllegalStateException(clause + " cannot lock the rows of " + describe(table) + ", the nullable"
                        + " side of an outer join (its row may be missing): name the tables to lock with "
                        + (lock.strength() == RowLock.Strength.UPDATE ? "forUpdate()" : "forShare()")
                        + ".of(...) leaving " + describe(table) + " out, or make the join an inner join");
            }
        }
        sql.recordLock();
    }

    /** The tables whose columns an outer join may fill with NULLs. */
    private List<Table<?>> nullableTables() {
        List<Table<?>> nullable = new ArrayList<>();
        List<Table<?>> before = new ArrayList<>();
        before.add(root);
        for (Join join : joins) {
            if (join.kind() == JoinKind.RIGHT || join.kind() == JoinKind.FULL) {
                nullable.addAll(before);
            }
            if (join.kind() == JoinKind.LEFT || join.kind() == JoinKind.FULL) {
                nullable.add(join.table());
            }
            before.add(join.table());
        }
        return nullable;
    }

    /**
     * Records the common tables among {@code from} as read by the statement, which defines each
     * once in its {@code WITH} clause, in front of the whole statement (see {@link SqlBuilder#build()}).
     * A derived table's query records those it reads when it renders.
     */
    static void readCommonTables(SqlBuilder sql, List<Table<?>> from) {
        for (Table<?> table : from) {
            if (table instanceof CommonTable<?> common && !common.isDerived()) {
                sql.readCommonTable(common.name(), common.schema(), common.isRecursive(),
                        definition -> define(definition, common));
            }
        }
    }

    /** Appends {@code "name"("a", "b") AS (query)}. */
    private static void define(SqlBuilder sql, CommonTable<?> table) {
        sql.identifier(table.name()).append("(");
        List<ColumnSchema> columns = table.schema().columns();
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c == 0 ? "" : ", ").identifier(columns.get(c).name());
        }
        sql.append(") AS (");
        Subqueries.impl(table.definition()).renderSubquery(sql);
        sql.append(")");
    }

    /** Whether the model has an {@code ORDER BY}, {@code LIMIT} or {@code OFFSET}. */
    boolean ordered() {
        return !sorts.isEmpty() || limit != null || offset != null;
    }

    /** Renders {@code SELECT COUNT(*)} over the model's rows. */
    RenderedSql renderCount(Dialect dialect) {
        checkTables(null, fromTables(), List.of());
        SqlBuilder sql = new SqlBuilder(dialect);
        readCommonTables(sql, fromTables());
        sql.qualifying(multiTable());
        sql.enterScope(fromTables());
        if (limit == null && offset == null && !distinct && groupBy.isEmpty() && !multiTable()) {
            sql.append("SELECT COUNT(*)");
            clauses(sql, false);
        } else {
            sql.append("SELECT COUNT(*) FROM (SELECT ");
            if (distinct || multiTable()) {
                sql.append(distinct ? "DISTINCT " : "");
                entityColumns(sql);
            } else {
                sql.append("1");
            }
            clauses(sql, true);
            sql.append(") AS ").identifier("counted");
        }
        return sql.build();
    }

    private void entityColumns(SqlBuilder sql) {
        String qualifier = root.alias().orElse(sql.qualifying() ? root.name() : null);
        List<ColumnSchema> columns = root.schema().columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.qualified(qualifier, columns.get(i).name());
        }
    }

    private void clauses(SqlBuilder sql, boolean ordered) {
        sql.append(" FROM ");
        if (rootQuery != null) {
            List<Table<?>> siblings = sql.leaveScope();
            try {
                sql.append("(");
                rootQuery.renderTo(sql, null);
                sql.append(") AS ").identifier(root.alias().orElse(root.name()));
            } finally {
                sql.enterScope(siblings);
            }
        } else {
            table(sql, root);
        }
        for (Join join : joins) {
            if (join.kind() == JoinKind.FULL) {
                sql.dialect().checkFullJoin();
            }
            if (join.kind().outer) {
                sql.recordOuterJoin();
            }
            sql.append(join.kind().keyword);
            table(sql, join.table());
            sql.append(" ON ");
            join.on().renderTo(sql);
        }
        AbstractCondition<?> filter = filter();
        if (filter != null) {
            sql.append(" WHERE ");
            filter.renderTo(sql);
        }
        for (int i = 0; i < groupBy.size(); i++) {
            sql.append(i == 0 ? " GROUP BY " : ", ");
            groupBy.get(i).renderTo(sql);
        }
        if (having != null) {
            sql.append(" HAVING ");
            having.renderTo(sql);
        }
        if (ordered) {
            for (int i = 0; i < sorts.size(); i++) {
                sql.append(i == 0 ? " ORDER BY " : ", ");
                sorts.get(i).renderTo(sql);
            }
            if (limit != null || offset != null) {
                sql.dialect().renderLimitOffset(sql, limit, offset);
            }
        }
    }

    /**
     * Renders a table of the {@code FROM} clause: its name, or a derived table's query in
     * parentheses, and its alias. A derived table's query cannot read the other tables of the
     * {@code FROM} clause it stands in (it is not {@code LATERAL}), only enclosing queries' tables.
     */
    private static void table(SqlBuilder sql, Table<?> table) {
        if (table instanceof CommonTable<?> derived && derived.isDerived()) {
            Subquery query = Subqueries.impl(derived.definition());
            List<String> names = new ArrayList<>();
            derived.schema().columns().forEach(column -> names.add(column.name()));
            List<Table<?>> siblings = sql.leaveScope();
            try {
                sql.append("(");
                query.renderDerived(sql, names);
                sql.append(") AS ").identifier(table.alias().orElse(table.name()));
            } finally {
                sql.enterScope(siblings);
            }
            return;
        }
        sql.identifier(table.name());
        table.alias().ifPresent(alias -> sql.append(" AS ").identifier(alias));
    }

    /**
     * Checks that every table read by the select list, the join conditions, the conditions, the
     * groups and the sorts is the first table or a joined one (matched by name and alias).
     */
    private void checkTables(List<ExprImpl<?, ?>> selected, List<Table<?>> from, List<Table<?>> enclosing) {
        Consumer<Table<?>> check = table -> {
            if (!contains(from, table) && !contains(enclosing, table)) {
                throw new IllegalStateException("the query reads table " + describe(table)
                        + ", which is not in its FROM clause (" + describeAll(from) + ")"
                        + (enclosing.isEmpty() ? "" : " nor in an enclosing query's (" + describeAll(enclosing) + ")")
                        + ": join it, or use the table (or alias) the query selects from");
            }
        };
        if (selected != null) {
            selected.forEach(expression -> expression.tables(check));
        }
        joins.forEach(join -> join.on().tables(check));
        AbstractCondition<?> filter = filter();
        if (filter != null) {
            filter.tables(check);
        }
        groupBy.forEach(expression -> expression.tables(check));
        if (having != null) {
            having.tables(check);
        }
        sorts.forEach(sort -> sort.tables(check));
    }

    /** The first table and the joined ones. */
    List<Table<?>> fromTables() {
        List<Table<?>> from = new ArrayList<>();
        from.add(root);
        for (Join join : joins) {
            from.add(join.table());
        }
        return from;
    }

    private static boolean contains(List<Table<?>> from, Table<?> table) {
        for (Table<?> candidate : from) {
            if (candidate.name().equals(table.name()) && candidate.alias().equals(table.alias())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Table<?> table) {
        Optional<String> alias = table.alias();
        return alias.map(a -> table.name() + " as " + a).orElse(table.name());
    }

    private static String describeAll(List<Table<?>> tables) {
        List<String> names = new ArrayList<>();
        tables.forEach(table -> names.add(describe(table)));
        return String.join(", ", names);
    }
}
