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
import dev.quarry.query.Sort;
import java.util.List;
import java.util.Objects;

/** An immutable {@code SELECT} over joined tables returning the first table's entities. */
final class JoinedQueryImpl<E> extends EntityQuery<E> implements JoinedQuery<E> {
    JoinedQueryImpl(Engine engine, ConnectionSource source, EntityTable<E, ?> table, QueryModel model,
                    List<LoadImpl<?, ?>> loads) {
        super(engine, source, table, model, loads);
    }

    private JoinedQuery<E> with(QueryModel changed) {
        return new JoinedQueryImpl<>(engine, source, table, changed, loads);
    }

    @Override
    public JoinedQuery<E> load(Load<E, ?> option) {
        return load(List.of(Objects.requireNonNull(option, "option")));
    }

    @Override
    public JoinedQuery<E> load(Load<E, ?> first, Load<E, ?> second) {
        return load(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second")));
    }

    @Override
    public JoinedQuery<E> load(List<? extends Load<E, ?>> options) {
        return new JoinedQueryImpl<>(engine, source, table, model, withLoads(options));
    }

    @Override
    public JoinedQuery<E> where(Condition<?> condition) {
        return with(model.where(AbstractCondition.impl(condition)));
    }

    @Override
    public JoinedQuery<E> orderBy(Sort<?> sort) {
        return orderBy(List.of(Objects.requireNonNull(sort, "sort")));
    }

    @Override
    public JoinedQuery<E> orderBy(Sort<?> first, Sort<?> second) {
        return orderBy(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second")));
    }

    @Override
    public JoinedQuery<E> orderBy(List<? extends Sort<?>> added) {
        return with(model.orderBy(SelectQueryImpl.sorts(added)));
    }

    @Override
    public JoinedQuery<E> distinct() {
        return with(model.distinct());
    }

    @Override
    public JoinedQuery<E> seek(Object... lastValues) {
        return with(model.seek(lastValues));
    }

    @Override
    public JoinedQuery<E> limit(long count) {
        return with(model.limit(count));
    }

    @Override
    public JoinedQuery<E> offset(long count) {
        return with(model.offset(count));
    }

    @Override
    public <A> ResultQuery<Object, A> select(Expression<?, A> expression) {
        return ResultQueryImpl.scalar(engine, source, model, expression);
    }

    @Override
    public <A, B> Select2<Object, A, B> select(Expression<?, A> first, Expression<?, B> second) {
        return new Select2Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second));
    }

    @Override
    public <A, B, C> Select3<Object, A, B, C> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third) {
        return new Select3Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third));
    }

    @Override
    public <A, B, C, D> Select4<Object, A, B, C, D> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third, Expression<?, D> fourth) {
        return new Select4Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third, fourth));
    }

    @Override
    public <A, B, C, D, V> Select5<Object, A, B, C, D, V> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third, Expression<?, D> fourth, Expression<?, V> fifth) {
        return new Select5Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third, fourth, fifth));
    }

    @Override
    public <A, B, C, D, V, W> Select6<Object, A, B, C, D, V, W> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third, Expression<?, D> fourth, Expression<?, V> fifth, Expression<?, W> sixth) {
        return new Select6Impl<>(engine, source, model, ResultQueryImpl.expressions(first, second, third, fourth, fifth, sixth));
    }

    @Override
    public JoinedQuery<E> join(Relation<?, ?> relation) {
        return along(QueryModel.JoinKind.INNER, relation, null);
    }

    @Override
    public <T> JoinedQuery<E> join(Relation<?, T> relation, EntityTable<T, ?> target) {
        return along(QueryModel.JoinKind.INNER, relation, Objects.requireNonNull(target, "target"));
    }

    @Override
    public JoinedQuery<E> leftJoin(Relation<?, ?> relation) {
        return along(QueryModel.JoinKind.LEFT, relation, null);
    }

    @Override
    public <T> JoinedQuery<E> leftJoin(Relation<?, T> relation, EntityTable<T, ?> target) {
        return along(QueryModel.JoinKind.LEFT, relation, Objects.requireNonNull(target, "target"));
    }
}
