package dev.quarry.internal.tx;

import dev.quarry.exception.TransactionException;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.StatementRepeats;
import dev.quarry.transaction.TransactionCallback;
import dev.quarry.transaction.TransactionOptions;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Runs transaction blocks. The outermost block of a thread binds its transaction to the thread,
 * so statements run through the database on that thread join it; a block inside it runs on a
 * savepoint of the same transaction. The outermost block is also one unit of work for the N+1
 * detector when the database counts transactions (savepoints belong to it).
 */
public final class Transactions {
    private final Engine engine;
    private final ThreadLocal<TransactionScope> current = new ThreadLocal<>();

    public Transactions(Engine engine) {
        this.engine = engine;
    }

    /** Whether the current thread is inside a transaction block of this database. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Opens a connection for commit-as-you-go ({@code db.connect()}): a pooled connection in a
     * transaction, not bound to the thread.
     */
    public ConnectionImpl connect() {
        Handle handle = engine.open();
        TransactionScope scope = new TransactionScope(engine, handle, TransactionOptions.DEFAULT);
        try {
            scope.begin();
        } catch (RuntimeException e) {
            closeAfterFailure(scope, e);
            throw e;
        }
        return new ConnectionImpl(this, engine, scope);
    }

    /** Runs {@code work} in a new transaction, or on a savepoint of the current thread's one. */
    public <R, X extends Exception> R run(TransactionOptions options, TransactionCallback<R, X> work) throws X {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        TransactionScope scope = current.get();
        return scope != null ? nested(scope, options, work) : outermost(options, work);
    }

    /** Runs {@code work} on a savepoint of {@code scope}. */
    <R, X extends Exception> R nested(TransactionScope scope, TransactionOptions options, TransactionCallback<R, X> work)
            throws X {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        if (!scope.isActive()) {
            throw new TransactionException("the transaction has ended; a nested transaction can only start inside it");
        }
        if (!options.equals(TransactionOptions.DEFAULT) && !options.equals(scope.options())) {
            throw new TransactionException("a nested transaction runs inside the outer one and cannot change its "
                    + "isolation or read-only mode (asked for " + options + ", outer runs with " + scope.options()
                    + "); pass the options to the outermost transaction");
        }
        String savepoint = scope.savepoint();
        TransactionImpl tx = new TransactionImpl(this, engine, scope, savepoint);
        R result;
        try {
            result = work.inTransaction(tx);
        } catch (Throwable failure) {
            tx.end();
            scope.rollbackToSavepoint(savepoint, failure);
            throw failure;
        }
        tx.end();
        if (tx.isRollbackOnly()) {
            scope.rollbackToSavepoint(savepoint, null);
        } else {
            scope.releaseSavepoint(savepoint);
        }
        return result;
    }

    private <R, X extends Exception> R outermost(TransactionOptions options, TransactionCallback<R, X> work) throws X {
        Handle handle = engine.open();
        TransactionScope scope = new TransactionScope(engine, handle, options);
        try {
            scope.begin();
        } catch (RuntimeException e) {
            closeAfterFailure(scope, e);
            throw e;
        }
        current.set(scope);
        engine.bind(scope);
        StatementRepeats.Unit statements = engine.repeats().openTransaction();
        TransactionImpl tx = new TransactionImpl(this, engine, scope, null);
        R result;
        try {
            result = work.inTransaction(tx);
        } catch (Throwable failure) {
            tx.end();
            unbind(statements);
            scope.rollback(failure);
            closeAfterFailure(scope, failure);
            throw failure;
        }
        tx.end();
        unbind(statements);
        try {
            if (tx.isRollbackOnly()) {
                scope.rollback(null);
            } else {
                scope.commit();
            }
        } catch (RuntimeException e) {
            closeAfterFailure(scope, e);
            throw e;
        }
        scope.close();
        return result;
    }

    private void unbind(StatementRepeats.Unit statements) {
        current.remove();
        engine.unbind();
        if (statements != null) {
            statements.close();
        }
    }

    private static void closeAfterFailure(TransactionScope scope, Throwable failure) {
        try {
            scope.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
