package dev.quarry.internal.query;

import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.CompoundQuery;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Sort;
import dev.quarry.query.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An immutable set operation over projections, evaluated left to right on every dialect: where
 * SQL would bind an {@code INTERSECT} tighter than the operators before it, the rows so far are
 * wrapped in a derived table first. Renders its SQL once, on first use.
 */
final class CompoundQueryImpl<R> implements CompoundQuery<R>, Subquery {
    /** The set operators. */
    enum Operator {
        UNION(" UNION "), UNION_ALL(" UNION ALL "), INTERSECT(" INTERSECT "), EXCEPT(" EXCEPT ");

        private final String keyword;

        Operator(String keyword) {
            this.keyword = keyword;
        }
    }

    /** A member after the first and the operator joining it to the rows before. */
    private record Member(Operator operator, ResultQueryImpl<?, ?> query) {
    }

    /** An order term over a selected expression's position. */
    private record Order(int position, SortImpl<?> sort) {
    }

    private final ResultQueryImpl<?, R> first;
    private final List<Member> members;
    private final List<Order> orders;
    private final Long limit;
    private final Long offset;
    private volatile RenderedSql rendered;

    private CompoundQueryImpl(ResultQueryImpl<?, R> first, List<Member> members, List<Order> orders, Long limit,
                              Long offset) {
        this.first = first;
        this.members = members;
        this.orders = orders;
        this.limit = limit;
        this.offset = offset;
    }

    static <R> CompoundQuery<R> of(ResultQueryImpl<?, R> first, Operator operator, ResultQuery<?, R> other) {
        check(first, "the first query");
        return new CompoundQueryImpl<>(first, List.of(), List.of(), null, null).then(operator, other);
    }

    private CompoundQuery<R> then(Operator operator, ResultQuery<?, R> other) {
        Objects.requireNonNull(other, "other");
        if (!(other instanceof ResultQueryImpl<?, ?> query)) {
            throw new IllegalArgumentException("not a query built by Quarry's DSL: " + other);
        }
        check(query, "the " + operator.name().toLowerCase(java.util.Locale.ROOT) + " query");
        if (query.selected.size() != first.selected.size()) {
            throw new IllegalArgumentException("a set operation needs queries that select as many expressions each: the"
                    + " first selects " + first.selected.size() + ", the " + operator.name().toLowerCase(java.util.Locale.ROOT)
                    + " query " + query.selected.size());
        }
        if (!orders.isEmpty() || limit != null || offset != null) {
            throw new IllegalArgumentException("add every query of a set operation before its orderBy, limit and offset");
        }
        List<Member> added = new ArrayList<>(members);
        added.add(new Member(operator, query));
        return new CompoundQueryImpl<>(first, List.copyOf(added), orders, limit, offset);
    }

    private static void check(ResultQueryImpl<?, ?> query, String which) {
        if (query.model.ordered()) {
            throw new IllegalArgumentException(which + " of a set operation has its own orderBy, limit or offset, which"
                    + " SQLite and the SQL standard do not allow there: order and paginate the set operation's result");
        }
    }

    @Override
    public CompoundQuery<R> union(ResultQuery<?, R> other) {
        return then(Operator.UNION, other);
    }

    @Override
    public CompoundQuery<R> unionAll(ResultQuery<?, R> other) {
        return then(Operator.UNION_ALL, other);
    }

    @Override
    public CompoundQuery<R> intersect(ResultQuery<?, R> other) {
        return then(Operator.INTERSECT, other);
    }

    @Override
    public CompoundQuery<R> except(ResultQuery<?, R> other) {
        return then(Operator.EXCEPT, other);
    }

    @Override
    public CompoundQuery<R> orderBy(Sort<?> sort) {
        SortImpl<?> impl = SortImpl.impl(sort);
        int position = position(impl.expression());
        List<Order> added = new ArrayList<>(orders);
        added.add(new Order(position, impl));
        return new CompoundQueryImpl<>(first, members, List.copyOf(added), limit, offset);
    }

    @Override
    public CompoundQuery<R> orderBy(Sort<?> firstSort, Sort<?> secondSort) {
        return orderBy(firstSort).orderBy(secondSort);
    }

    private int position(ExprImpl<?, ?> expression) {
        for (int i = 0; i < first.selected.size(); i++) {
            if (same(first.selected.get(i), expression)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("a set operation is ordered by its selected expressions only, and the first"
                + " query does not select " + expression + ": select it, or order by one of " + first.selected);
    }

    private static boolean same(ExprImpl<?, ?> selected, ExprImpl<?, ?> sorted) {
        if (selected == sorted) {
            return true;
        }
        return selected instanceof ColumnImpl<?, ?> a && sorted instanceof ColumnImpl<?, ?> b
                && a.name().equals(b.name()) && a.table().name().equals(b.table().name())
                && a.table().alias().equals(b.table().alias());
    }

    @Override
    public CompoundQuery<R> limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative (was " + count + ")");
        }
        return new CompoundQueryImpl<>(first, members, orders, count, offset);
    }

    @Override
    public CompoundQuery<R> offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset must not be negative (was " + count + ")");
        }
        return new CompoundQueryImpl<>(first, members, orders, limit, count);
    }

    @Override
    public List<ExprImpl<?, ?>> columns() {
        return first.columns();
    }

    @Override
    public List<Table<?>> fromTables() {
        List<Table<?>> from = new ArrayList<>(first.model.fromTables());
        members.forEach(member -> from.addAll(member.query().model.fromTables()));
        return from;
    }

    @Override
    public void renderSubquery(SqlBuilder sql) {
        renderDerived(sql, null);
    }

    @Override
    public void renderDerived(SqlBuilder sql, List<String> columnNames) {
        int wraps = 0;
        boolean other = false;
        for (Member member : members) {
            if (member.operator() == Operator.INTERSECT && other) {
                wraps++;
            }
            other |= member.operator() != Operator.INTERSECT;
        }
        for (int i = 0; i < wraps; i++) {
            sql.append("SELECT * FROM (");
        }
        first.model.renderTo(sql, first.selected, columnNames);
        other = false;
        for (Member member : members) {
            if (member.operator() == Operator.INTERSECT && other) {
                sql.append(") AS ").identifier("compound");
            }
            other |= member.operator() != Operator.INTERSECT;
            sql.append(member.operator().keyword);
            member.query().renderSubquery(sql);
        }
        for (int i = 0; i < orders.size(); i++) {
            sql.append(i == 0 ? " ORDER BY " : ", ");
            orders.get(i).sort().renderAt(sql, orders.get(i).position());
        }
        if (limit != null || offset != null) {
            sql.dialect().renderLimitOffset(sql, limit, offset);
        }
    }

    @Override
    public List<R> fetch() {
        return Results.fetch(first.engine, first.source, rendered(), first.reader());
    }

    @Override
    public R one() {
        return Results.one(first.engine, first.source, rendered(), first.reader());
    }

    @Override
    public Optional<R> findOne() {
        return Results.findOne(first.engine, first.source, rendered(), first.reader());
    }

    @Override
    public Stream<R> stream() {
        return Results.stream(first.engine, first.source, rendered(), first.reader());
    }

    @Override
    public String toSql() {
        return rendered().sql();
    }

    @Override
    public List<Object> parameters() {
        return rendered().values();
    }

    private RenderedSql rendered() {
        RenderedSql sql = rendered;
        if (sql == null) {
            SqlBuilder builder = new SqlBuilder(first.engine.dialect());
            renderSubquery(builder);
            sql = builder.build();
            rendered = sql;
        }
        return sql;
    }

    @Override
    public String toString() {
        return toSql();
    }
}
