package dev.quarry.internal.tx;

import dev.quarry.Transaction;
import dev.quarry.exception.TransactionException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
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
import dev.quarry.transaction.TransactionCallback;
import dev.quarry.transaction.TransactionConsumer;
import dev.quarry.transaction.TransactionOptions;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link Transaction} handed to a transaction block: statements run on the transaction's
 * connection; nested blocks run on savepoints. Valid only while its block runs, and only on
 * the thread that runs it.
 */
final class TransactionImpl implements Transaction {
    private final Transactions transactions;
    private final TransactionScope scope;
    private final String savepoint;
    private final Operations operations;
    private boolean rollbackOnly;
    private boolean ended;

    TransactionImpl(Transactions transactions, Engine engine, TransactionScope scope, String savepoint) {
        this.transactions = transactions;
        this.scope = scope;
        this.savepoint = savepoint;
        this.operations = new Operations(engine, new Source());
    }

    void end() {
        ended = true;
    }

    @Override
    public void setRollbackOnly() {
        requireActive();
        rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly;
    }

    @Override
    public Connection jdbcConnection() {
        requireActive();
        return scope.withConnection(connection -> connection);
    }

    @Override
    public <E> SelectQuery<E> select(EntityTable<E, ?> table) {
        return operations.select(table);
    }

    @Override
    public <S, A> ResultQuery<S, A> select(Expression<S, A> expression) {
        return operations.select(expression);
    }

    @Override
    public <S, A, B> Select2<S, A, B> select(Expression<? extends S, A> first, Expression<? extends S, B> second) {
        return operations.select(first, second);
    }

    @Override
    public <S, A, B, C> Select3<S, A, B, C> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third) {
        return operations.select(first, second, third);
    }

    @Override
    public <S, A, B, C, D> Select4<S, A, B, C, D> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth) {
        return operations.select(first, second, third, fourth);
    }

    @Override
    public <S, A, B, C, D, V> Select5<S, A, B, C, D, V> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth,
            Expression<? extends S, V> fifth) {
        return operations.select(first, second, third, fourth, fifth);
    }

    @Override
    public <S, A, B, C, D, V, W> Select6<S, A, B, C, D, V, W> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth,
            Expression<? extends S, V> fifth, Expression<? extends S, W> sixth) {
        return operations.select(first, second, third, fourth, fifth, sixth);
    }

    @Override
    public <E, K> Optional<E> get(EntityTable<E, K> table, K key) {
        return operations.get(table, key);
    }

    @Override
    public <E> E insert(EntityTable<E, ?> table, E entity) {
        return operations.insert(table, entity);
    }

    @Override
    public <E> List<E> insertAll(EntityTable<E, ?> table, Collection<? extends E> entities) {
        return operations.insertAll(table, entities);
    }

    @Override
    public <E> long bulkInsert(EntityTable<E, ?> table, Collection<? extends E> entities) {
        return operations.bulkInsert(table, entities);
    }

    @Override
    public <E> E persist(EntityTable<E, ?> table, E entity) {
        return operations.persist(table, entity);
    }

    @Override
    public <E> void remove(EntityTable<E, ?> table, E entity) {
        operations.remove(table, entity);
    }

    @Override
    public <S, T> void link(Relation<S, T> relation, S from, T to) {
        operations.link(relation, from, to);
    }

    @Override
    public <S, T> void unlink(Relation<S, T> relation, S from, T to) {
        operations.unlink(relation, from, to);
    }

    @Override
    public TextQuery text(String sql) {
        return operations.text(sql);
    }

    @Override
    public <E> InsertIntoStep<E> insertInto(EntityTable<E, ?> table) {
        return operations.insertInto(table);
    }

    @Override
    public <E> UpdateSetStep<E> update(EntityTable<E, ?> table) {
        return operations.update(table);
    }

    @Override
    public <E> DeleteWhereStep<E> delete(EntityTable<E, ?> table) {
        return operations.delete(table);
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionCallback<R, X> work) throws X {
        return transactions.nested(scope, TransactionOptions.DEFAULT, work);
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionCallback<R, X> work) throws X {
        return transactions.nested(scope, options, work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionConsumer<X> work) throws X {
        useTransaction(TransactionOptions.DEFAULT, work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionOptions options, TransactionConsumer<X> work) throws X {
        transactions.nested(scope, options, tx -> {
            work.useTransaction(tx);
            return null;
        });
    }

    private void requireActive() {
        if (ended) {
            throw new TransactionException("the transaction has ended; run statements inside its block, "
                    + "or through the Database outside it");
        }
    }

    /** The transaction's connection, while its block runs. */
    private final class Source implements ConnectionSource {
        @Override
        public <T> T withConnection(Function<Connection, T> work) {
            requireActive();
            return scope.withConnection(work);
        }

        @Override
        public <T> T atomically(Function<Connection, T> work) {
            requireActive();
            return scope.atomically(work);
        }

        @Override
        public Lease lease() {
            requireActive();
            return scope.lease();
        }
    }

    @Override
    public String toString() {
        return savepoint == null ? "Transaction" : "Transaction[savepoint " + savepoint + "]";
    }
}
