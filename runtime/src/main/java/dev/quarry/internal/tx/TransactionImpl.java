package dev.quarry.internal.tx;

import dev.quarry.Transaction;
import dev.quarry.exception.TransactionException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.query.Operations;
import dev.quarry.transaction.TransactionCallback;
import dev.quarry.transaction.TransactionConsumer;
import dev.quarry.transaction.TransactionOptions;
import java.sql.Connection;
import java.util.function.Function;

/**
 * The {@link Transaction} handed to a transaction block: statements run on the transaction's
 * connection; nested blocks run on savepoints. Valid only while its block runs, and only on
 * the thread that runs it.
 */
final class TransactionImpl extends OperationsAccess implements Transaction {
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
    Operations operations() {
        return operations;
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
