package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.CompoundQuery;
import dev.quarry.query.Condition;
import dev.quarry.query.Expression;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** An immutable projection query; renders its SQL once, on first use. */
class ResultQueryImpl<S, R> implements ResultQuery<S, R>, Subquery {
    final Engine engine;
    final ConnectionSource source;
    final QueryModel model;
    final List<ExprImpl<?, ?>> selected;
    private final Function<Object[], R> mapper;
    /** Whether rows are the selected values as such (a value or a tuple), not mapped by map or into. */
    private final boolean raw;
    private volatile RenderedSql rendered;

    ResultQueryImpl(Engine engine, ConnectionSource source, QueryModel model, List<ExprImpl<?, ?>> selected,
                    Function<Object[], R> mapper) {
        this(engine, source, model, selected, mapper, true);
    }

    private ResultQueryImpl(Engine engine, ConnectionSource source, QueryModel model, List<ExprImpl<?, ?>> selected,
                            Function<Object[], R> mapper, boolean raw) {
        this.engine = engine;
        this.source = source;
        this.model = model;
        this.selected = selected;
        this.mapper = mapper;
        this.raw = raw;
    }

    /** A projection of one expression, each row its value. */
    @SuppressWarnings("unchecked") // the value was read with the expression's type
    static <S, A> ResultQueryImpl<S, A> scalar(Engine engine, ConnectionSource source, QueryModel model,
                                                Expression<?, A> expression) {
        return new ResultQueryImpl<>(engine, source, model, expressions(expression), values -> (A) values[0], true);
    }

    /** The expressions of a {@code select(...)}, checked and copied. */
    static List<ExprImpl<?, ?>> expressions(Expression<?, ?>... expressions) {
        List<ExprImpl<?, ?>> list = new ArrayList<>(expressions.length);
        for (Expression<?, ?> expression : expressions) {
            list.add(ExprImpl.impl(expression));
        }
        return List.copyOf(list);
    }

    private ResultQuery<S, R> with(QueryModel changed) {
        return new ResultQueryImpl<>(engine, source, changed, selected, mapper, raw);
    }

    @Override
    public ResultQuery<S, R> where(Condition<? extends S> condition) {
        return with(model.where(AbstractCondition.impl(condition)));
    }

    @Override
    public ResultQuery<S, R> groupBy(Expression<? extends S, ?> expression) {
        return groupBy(List.of(expression));
    }

    @Override
    public ResultQuery<S, R> groupBy(Expression<? extends S, ?> first, Expression<? extends S, ?> second) {
        return groupBy(List.of(first, second));
    }

    @Override
    public ResultQuery<S, R> groupBy(Expression<? extends S, ?> first, Expression<? extends S, ?> second,
                                     Expression<? extends S, ?> third) {
        return groupBy(List.of(first, second, third));
    }

    @Override
    public ResultQuery<S, R> groupBy(List<? extends Expression<? extends S, ?>> expressions) {
        Objects.requireNonNull(expressions, "expressions");
        List<ExprImpl<?, ?>> added = new ArrayList<>();
        for (Expression<? extends S, ?> expression : expressions) {
            added.add(ExprImpl.impl(expression));
        }
        return with(model.groupBy(added));
    }

    @Override
    public ResultQuery<S, R> having(Condition<? extends S> condition) {
        return with(model.having(AbstractCondition.impl(condition)));
    }

    @Override
    public ResultQuery<S, R> orderBy(Sort<? extends S> sort) {
        return orderBy(List.of(sort));
    }

    @Override
    public ResultQuery<S, R> orderBy(Sort<? extends S> first, Sort<? extends S> second) {
        return orderBy(List.of(first, second));
    }

    @Override
    public ResultQuery<S, R> orderBy(Sort<? extends S> first, Sort<? extends S> second, Sort<? extends S> third) {
        return orderBy(List.of(first, second, third));
    }

    @Override
    public ResultQuery<S, R> orderBy(List<? extends Sort<? extends S>> sorts) {
        return with(model.orderBy(SelectQueryImpl.sorts(sorts)));
    }

    @Override
    public ResultQuery<S, R> distinct() {
        return with(model.distinct());
    }

    @Override
    public ResultQuery<S, R> seek(Object... lastValues) {
        return with(model.seek(lastValues));
    }

    @Override
    public ResultQuery<S, R> limit(long count) {
        return with(model.limit(count));
    }

    @Override
    public ResultQuery<S, R> offset(long count) {
        return with(model.offset(count));
    }

    @Override
    public <T> ResultQuery<S, T> map(Function<? super R, ? extends T> next) {
        Objects.requireNonNull(next, "mapper");
        return new ResultQueryImpl<>(engine, source, model, selected, values -> next.apply(mapper.apply(values)), false);
    }

    /** The same selection read through another mapper (for {@code into}). */
    final <T> ResultQuery<S, T> mapped(Function<Object[], T> values) {
        return new ResultQueryImpl<>(engine, source, model, selected, values, false);
    }

    @Override
    public CompoundQuery<R> union(ResultQuery<?, R> other) {
        return CompoundQueryImpl.of(this, CompoundQueryImpl.Operator.UNION, other);
    }

    @Override
    public CompoundQuery<R> unionAll(ResultQuery<?, R> other) {
        return CompoundQueryImpl.of(this, CompoundQueryImpl.Operator.UNION_ALL, other);
    }

    @Override
    public CompoundQuery<R> intersect(ResultQuery<?, R> other) {
        return CompoundQueryImpl.of(this, CompoundQueryImpl.Operator.INTERSECT, other);
    }

    @Override
    public CompoundQuery<R> except(ResultQuery<?, R> other) {
        return CompoundQueryImpl.of(this, CompoundQueryImpl.Operator.EXCEPT, other);
    }

    @Override
    public void renderSubquery(SqlBuilder sql) {
        model.renderTo(sql, selected);
    }

    /** Whether rows are the selected values as such, not mapped by {@code map} or {@code into}. */
    final boolean raw() {
        return raw;
    }

    @Override
    public List<ExprImpl<?, ?>> columns() {
        return raw ? selected : null;
    }

    @Override
    public void renderDerived(SqlBuilder sql, List<String> columnNames) {
        model.renderTo(sql, selected, columnNames);
    }

    @Override
    public List<dev.quarry.query.Table<?>> fromTables() {
        return model.fromTables();
    }

    @Override
    public ExprImpl<?, ?> single() {
        return raw && selected.size() == 1 ? selected.get(0) : null;
    }

    RowFunction<R> reader() {
        int size = selected.size();
        return row -> {
            Object[] values = new Object[size];
            for (int i = 0; i < size; i++) {
                values[i] = selected.get(i).read(row, i + 1);
            }
            return mapper.apply(values);
        };
    }

    @Override
    public List<R> fetch() {
        return Results.fetch(engine, source, rendered(), reader());
    }

    @Override
    public R one() {
        return Results.one(engine, source, rendered(), reader());
    }

    @Override
    public Optional<R> findOne() {
        return Results.findOne(engine, source, rendered(), reader());
    }

    @Override
    public Stream<R> stream() {
        return Results.stream(engine, source, rendered(), reader());
    }

    @Override
    public String toSql() {
        return rendered().sql();
    }

    @Override
    public List<Object> parameters() {
        return rendered().values();
    }

    final RenderedSql rendered() {
        RenderedSql sql = rendered;
        if (sql == null) {
            sql = model.render(engine.dialect(), selected);
            rendered = sql;
        }
        return sql;
    }

    @Override
    public String toString() {
        return toSql();
    }
}
