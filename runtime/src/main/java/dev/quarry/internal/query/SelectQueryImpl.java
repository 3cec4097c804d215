package dev.quarry.internal.query;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.TableStatements;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Sort;
import dev.quarry.spi.EntityMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** An immutable {@code SELECT} of whole entities; renders its SQL once, on first use. */
final class SelectQueryImpl<E> implements SelectQuery<E> {
    private final Engine engine;
    private final ConnectionSource source;
    private final EntityTable<E, ?> table;
    private final AbstractCondition<E> where;
    private final List<SortImpl<E>> sorts;
    private final Long limit;
    private final Long offset;
    private volatile RenderedSql rendered;

    private SelectQueryImpl(Engine engine, ConnectionSource source, EntityTable<E, ?> table, AbstractCondition<E> where,
                            List<SortImpl<E>> sorts, Long limit, Long offset) {
        this.engine = engine;
        this.source = source;
        this.table = table;
        this.where = where;
        this.sorts = sorts;
        this.limit = limit;
        this.offset = offset;
    }

    static <E> SelectQueryImpl<E> of(Engine engine, ConnectionSource source, EntityTable<E, ?> table) {
        return new SelectQueryImpl<>(engine, source, table, null, List.of(), null, null);
    }

    @Override
    public SelectQuery<E> where(Condition<E> condition) {
        AbstractCondition<E> added = AbstractCondition.impl(condition);
        AbstractCondition<E> combined = where == null ? added : Junction.of(Junction.Kind.AND, where, added);
        return new SelectQueryImpl<>(engine, source, table, combined, sorts, limit, offset);
    }

    @Override
    public SelectQuery<E> orderBy(Sort<E> sort) {
        return orderBy(List.of(Objects.requireNonNull(sort, "sort")));
    }

    @Override
    public SelectQuery<E> orderBy(Sort<E> first, Sort<E> second) {
        return orderBy(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second")));
    }

    @Override
    public SelectQuery<E> orderBy(Sort<E> first, Sort<E> second, Sort<E> third) {
        return orderBy(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second"),
                Objects.requireNonNull(third, "third")));
    }

    @Override
    public SelectQuery<E> orderBy(List<? extends Sort<E>> added) {
        Objects.requireNonNull(added, "sorts");
        List<SortImpl<E>> combined = new ArrayList<>(sorts);
        for (Sort<E> sort : added) {
            combined.add(SortImpl.impl(sort));
        }
        return new SelectQueryImpl<>(engine, source, table, where, List.copyOf(combined), limit, offset);
    }

    @Override
    public SelectQuery<E> limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative (was " + count + ")");
        }
        return new SelectQueryImpl<>(engine, source, table, where, sorts, count, offset);
    }

    @Override
    public SelectQuery<E> offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset must not be negative (was " + count + ")");
        }
        return new SelectQueryImpl<>(engine, source, table, where, sorts, limit, count);
    }

    @Override
    public List<E> fetch() {
        RenderedSql sql = rendered();
        EntityMapper<E, ?> mapper = table.mapper();
        return source.withConnection(connection -> engine.runner().query(connection, sql.sql(), sql::bind,
                (result, row) -> {
                    List<E> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(mapper.read(row, 1));
                    }
                    return rows;
                }));
    }

    @Override
    public E one() {
        return findOne().orElseThrow(() -> new NoResultException("no row of " + table.name()
                + " matches the query: " + rendered().sql()));
    }

    @Override
    public Optional<E> findOne() {
        RenderedSql sql = rendered();
        EntityMapper<E, ?> mapper = table.mapper();
        return source.withConnection(connection -> engine.runner().query(connection, sql.sql(), sql::bind,
                (result, row) -> {
                    if (!result.next()) {
                        return Optional.<E>empty();
                    }
                    E first = mapper.read(row, 1);
                    if (result.next()) {
                        throw new NonUniqueResultException("more than one row of " + table.name()
                                + " matches a query expected to return at most one: " + sql.sql());
                    }
                    return Optional.of(first);
                }));
    }

    @Override
    public Stream<E> stream() {
        return EntityStreams.open(engine, source, rendered(), table.mapper());
    }

    @Override
    public long count() {
        RenderedSql sql = renderCount();
        return source.withConnection(connection -> engine.runner().query(connection, sql.sql(), sql::bind,
                (result, row) -> result.next() ? result.getLong(1) : 0L));
    }

    @Override
    public String toSql() {
        return rendered().sql();
    }

    @Override
    public List<Object> parameters() {
        return rendered().values();
    }

    RenderedSql rendered() {
        RenderedSql sql = rendered;
        if (sql == null) {
            sql = render();
            rendered = sql;
        }
        return sql;
    }

    private RenderedSql render() {
        SqlBuilder sql = new SqlBuilder(engine.dialect());
        String alias = table.alias().orElse(null);
        if (alias == null) {
            sql.append(engine.statements(table.schema()).selectFrom());
        } else {
            sql.append("SELECT ").append(TableStatements.columnList(engine.dialect(), table.schema(), alias))
                    .append(" FROM ");
            from(sql);
        }
        whereClause(sql);
        for (int i = 0; i < sorts.size(); i++) {
            sql.append(i == 0 ? " ORDER BY " : ", ");
            sorts.get(i).renderTo(sql);
        }
        if (limit != null || offset != null) {
            engine.dialect().renderLimitOffset(sql, limit, offset);
        }
        return sql.build();
    }

    /** The {@code SELECT COUNT(*)} of this query's rows. */
    RenderedSql renderCount() {
        SqlBuilder sql = new SqlBuilder(engine.dialect());
        if (limit == null && offset == null) {
            sql.append("SELECT COUNT(*) FROM ");
            from(sql);
            whereClause(sql);
        } else {
            sql.append("SELECT COUNT(*) FROM (SELECT 1 FROM ");
            from(sql);
            whereClause(sql);
            engine.dialect().renderLimitOffset(sql, limit, offset);
            sql.append(") AS ").identifier("counted");
        }
        return sql.build();
    }

    private void from(SqlBuilder sql) {
        sql.identifier(table.name());
        table.alias().ifPresent(alias -> sql.append(" AS ").identifier(alias));
    }

    private void whereClause(SqlBuilder sql) {
        if (where != null) {
            sql.append(" WHERE ");
            where.renderTo(sql);
        }
    }

    @Override
    public String toString() {
        return toSql();
    }
}
