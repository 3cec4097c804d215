package dev.quarry.internal.tx;

import dev.quarry.DataAccess;
import dev.quarry.internal.query.Operations;
import dev.quarry.query.DeleteWhereStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.InsertIntoStep;
import dev.quarry.query.Relation;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select2;
import dev.quarry.query.Select3;
import dev.quarry.query.Select4;
import dev.quarry.query.Select5;
import dev.quarry.query.Select6;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.TextQuery;
import dev.quarry.query.UpdateSetStep;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The data-access verbs of a transaction block and of a held connection: each one is the same
 * call on the {@link Operations} bound to that transaction's connection.
 */
abstract class OperationsAccess implements DataAccess {
    /** The operations that run on this transaction's connection. */
    abstract Operations operations();

    @Override
    public <E> SelectQuery<E> select(EntityTable<E, ?> table) {
        return operations().select(table);
    }

    @Override
    public <S, A> ResultQuery<S, A> select(Expression<S, A> expression) {
        return operations().select(expression);
    }

    @Override
    public <S, A, B> Select2<S, A, B> select(Expression<? extends S, A> first, Expression<? extends S, B> second) {
        return operations().select(first, second);
    }

    @Override
    public <S, A, B, C> Select3<S, A, B, C> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third) {
        return operations().select(first, second, third);
    }

    @Override
    public <S, A, B, C, D> Select4<S, A, B, C, D> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth) {
        return operations().select(first, second, third, fourth);
    }

    @Override
    public <S, A, B, C, D, V> Select5<S, A, B, C, D, V> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth,
            Expression<? extends S, V> fifth) {
        return operations().select(first, second, third, fourth, fifth);
    }

    @Override
    public <S, A, B, C, D, V, W> Select6<S, A, B, C, D, V, W> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth,
            Expression<? extends S, V> fifth, Expression<? extends S, W> sixth) {
        return operations().select(first, second, third, fourth, fifth, sixth);
    }

    @Override
    public <E, K> Optional<E> get(EntityTable<E, K> table, K key) {
        return operations().get(table, key);
    }

    @Override
    public <E> E insert(EntityTable<E, ?> table, E entity) {
        return operations().insert(table, entity);
    }

    @Override
    public <E> List<E> insertAll(EntityTable<E, ?> table, Collection<? extends E> entities) {
        return operations().insertAll(table, entities);
    }

    @Override
    public <E> long bulkInsert(EntityTable<E, ?> table, Collection<? extends E> entities) {
        return operations().bulkInsert(table, entities);
    }

    @Override
    public <E> E persist(EntityTable<E, ?> table, E entity) {
        return operations().persist(table, entity);
    }

    @Override
    public <E> void remove(EntityTable<E, ?> table, E entity) {
        operations().remove(table, entity);
    }

    @Override
    public <S, T> void link(Relation<S, T> relation, S from, T to) {
        operations().link(relation, from, to);
    }

    @Override
    public <S, T> void unlink(Relation<S, T> relation, S from, T to) {
        operations().unlink(relation, from, to);
    }

    @Override
    public TextQuery text(String sql) {
        return operations().text(sql);
    }

    @Override
    public <E> InsertIntoStep<E> insertInto(EntityTable<E, ?> table) {
        return operations().insertInto(table);
    }

    @Override
    public <E> UpdateSetStep<E> update(EntityTable<E, ?> table) {
        return operations().update(table);
    }

    @Override
    public <E> DeleteWhereStep<E> delete(EntityTable<E, ?> table) {
        return operations().delete(table);
    }
}
