package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.JoinedQuery;
import dev.quarry.query.Load;
import dev.quarry.query.Relation;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select2;
import dev.quarry.query.Select3;
import dev.quarry.query.Select4;
import dev.quarry.query.Select5;
import dev.quarry.query.Select6;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An immutable {@code SELECT} of whole entities from one table; renders its SQL once, on first use. */
final class SelectQueryImpl<E> extends EntityQuery<E> implements SelectQuery<E> {
    private SelectQueryImpl(Engine engine, ConnectionSource source, EntityTable<E, ?> table, QueryModel model,
                            List<LoadImpl<?, ?>> loads) {
        super(engine, source, table, model, loads);
    }

    static <E> SelectQueryImpl<E> of(Engine engine, ConnectionSource source, EntityTable<E, ?> table) {
        return new SelectQueryImpl<>(engine, source, table, QueryModel.of(table), List.of());
    }

    private SelectQuery<E> with(QueryModel changed) {
        return new SelectQueryImpl<>(engine, source, table, changed, loads);
    }

    @Override
    public SelectQuery<E> load(Load<E, ?> option) {
        return load(List.of(Objects.requireNonNull(option, "option")));
    }

    @Override
    public SelectQuery<E> load(Load<E, ?> first, Load<E, ?> second) {
        return load(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second")));
    }

    @Override
    public SelectQuery<E> load(Load<E, ?> first, Load<E, ?> second, Load<E, ?> third) {
        return load(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second"),
                Objects.requireNonNull(third, "third")));
    }

    @Override
    public SelectQuery<E> load(List<? extends Load<E, ?>> options) {
        return new SelectQueryImpl<>(engine, source, table, model, withLoads(options));
    }

    @Override
    public SelectQuery<E> where(Condition<E> condition) {
        return with(model.where(AbstractCondition.impl(condition)));
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
        return with(model.orderBy(sorts(added)));
    }

    /** The implementations of sorts, checked. */
    static List<SortImpl<?>> sorts(List<? extends Sort<?>> sorts) {
        Objects.requireNonNull(sorts, "sorts");
        List<SortImpl<?>> list = new ArrayList<>(sorts.size());
        for (Sort<?> sort : sorts) {
            list.add(SortImpl.impl(sort));
        }
        return list;
    }

    @Override
    public SelectQuery<E> seek(Object... lastValues) {
        return with(model.seek(lastValues));
    }

    @Override
    public SelectQuery<E> limit(long count) {
        return with(model.limit(count));
    }

    @Override
    public SelectQuery<E> offset(long count) {
        return with(model.offset(count));
    }

    @Override
    public <A> ResultQuery<E, A> select(Expression<? extends E, A> expression) {
        return ResultQueryImpl.scalar(engine, source, model, expression);
    }

    @Override
    public <A, B> Select2<E, A, B> select(Expression<? extends E, A> first, Expression<? extends E, B> second) {
        return new Select2Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second));
    }

    @Override
    public <A, B, C> Select3<E, A, B, C> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third) {
        return new Select3Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third));
    }

    @Override
    public <A, B, C, D> Select4<E, A, B, C, D> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third, Expression<? extends E, D> fourth) {
        return new Select4Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third, fourth));
    }

    @Override
    public <A, B, C, D, V> Select5<E, A, B, C, D, V> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third, Expression<? extends E, D> fourth, Expression<? extends E, V> fifth) {
        return new Select5Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third, fourth, fifth));
    }

    @Override
    public <A, B, C, D, V, W> Select6<E, A, B, C, D, V, W> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third, Expression<? extends E, D> fourth, Expression<? extends E, V> fifth, Expression<? extends E, W> sixth) {
        return new Select6Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third, fourth, fifth, sixth));
    }

    @Override
    public JoinedQuery<E> join(Relation<E, ?> relation) {
        return along(QueryModel.JoinKind.INNER, relation, null);
    }

    @Override
    public <T> JoinedQuery<E> join(Relation<E, T> relation, EntityTable<T, ?> target) {
        return along(QueryModel.JoinKind.INNER, relation, Objects.requireNonNull(target, "target"));
    }

    @Override
    public JoinedQuery<E> leftJoin(Relation<E, ?> relation) {
        return along(QueryModel.JoinKind.LEFT, relation, null);
    }

    @Override
    public <T> JoinedQuery<E> leftJoin(Relation<E, T> relation, EntityTable<T, ?> target) {
        return along(QueryModel.JoinKind.LEFT, relation, Objects.requireNonNull(target, "target"));
    }
}
