package dev.quarry.internal.tx;

import dev.quarry.DatabaseConnection;
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
 * The {@link DatabaseConnection} of {@code db.connect()}: a JDBI handle held until closed, always
 * inside a transaction (a {@link TransactionScope} that is begun again after each commit or
 * rollback), not bound to the thread. Nested blocks run on savepoints of the current transaction.
 */
public final class ConnectionImpl extends OperationsAccess implements DatabaseConnection {
    private final Transactions transactions;
    private final Engine engine;
    private final TransactionScope scope;
    private final ConnectionSource source = new Source();
    private final Operations operations;
    private boolean closed;

    ConnectionImpl(Transactions transactions, Engine engine, TransactionScope scope) {
        this.transactions = transactions;
        this.engine = engine;
        this.scope = scope;
        this.operations = new Operations(engine, source);
    }

    /** The engine the connection's statements run on. */
    public Engine engine() {
        return engine;
    }

    /** The connection as a source for the runtime's statement code (fails once closed). */
    public ConnectionSource source() {
        return source;
    }

    @Override
    public void commit() {
        TransactionScope scope = scope();
        try {
            scope.commit();
        } finally {
            beginAgain();
        }
    }

    @Override
    public void rollback() {
        TransactionScope scope = scope();
        try {
            scope.rollback(null);
        } finally {
            beginAgain();
        }
    }

    private void beginAgain() {
        if (!scope.isActive()) {
            scope.begin();
        }
    }

    @Override
    public Connection jdbcConnection() {
        return scope().withConnection(connection -> connection);
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        if (scope.isActive()) {
            try {
                scope.rollback(null);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        try {
            scope.close();
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    Operations operations() {
        return operations;
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionCallback<R, X> work) throws X {
        return transactions.nested(scope(), TransactionOptions.DEFAULT, work);
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionCallback<R, X> work) throws X {
        return transactions.nested(scope(), options, work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionConsumer<X> work) throws X {
        useTransaction(TransactionOptions.DEFAULT, work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionOptions options, TransactionConsumer<X> work) throws X {
        transactions.nested(scope(), options, tx -> {
            work.useTransaction(tx);
            return null;
        });
    }

    private TransactionScope scope() {
        if (closed) {
            throw new TransactionException("the connection is closed; open another with db.connect()");
        }
        return scope;
    }

    /** The connection's current transaction, while it is open. */
    private final class Source implements ConnectionSource {
        @Override
        public <T> T withConnection(Function<Connection, T> work) {
            return scope().withConnection(work);
        }

        @Override
        public <T> T atomically(Function<Connection, T> work) {
            return scope().atomically(work);
        }

        @Override
        public Lease lease() {
            return scope().lease();
        }
    }

    @Override
    public String toString() {
        return closed ? "DatabaseConnection[closed]" : "DatabaseConnection";
    }
}
