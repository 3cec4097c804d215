package dev.quarry.internal.tx;

import dev.quarry.exception.TransactionException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.StatementRepeats;
import dev.quarry.transaction.TransactionOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * One top-level transaction: the JDBI handle it runs on, its options and its savepoints. Every
 * statement of the transaction, nested ones included, runs on this handle's connection.
 */
final class TransactionScope implements ConnectionSource {
    private final Engine engine;
    private final Handle handle;
    private final TransactionOptions options;
    private int savepoints;
    private boolean active;

    TransactionScope(Engine engine, Handle handle, TransactionOptions options) {
        this.engine = engine;
        this.handle = handle;
        this.options = options;
    }

    TransactionOptions options() {
        return options;
    }

    boolean isActive() {
        return active;
    }

    /** Applies the options and begins. */
    void begin() {
        Connection connection = handle.getConnection();
        try {
            if (options.readOnly()) {
                engine.dialect().applyReadOnly(connection, true);
            }
            if (options.isolation() != null) {
                engine.dialect().applyIsolation(connection, options.isolation());
            }
        } catch (SQLException e) {
            throw new TransactionException("cannot set up the transaction (" + options + "): " + e.getMessage(), e);
        }
        try {
            handle.begin();
        } catch (RuntimeException e) {
            throw new TransactionException("cannot begin a transaction: " + e.getMessage(), e);
        }
        active = true;
    }

    /** Commits, then restores the connection's settings. */
    void commit() {
        active = false;
        try {
            handle.commit();
        } catch (RuntimeException e) {
            TransactionException failure = new TransactionException("cannot commit the transaction: " + e.getMessage(), e);
            rollbackAfterFailure(failure);
            throw failure;
        }
        restoreSettings(null);
    }

    /** Rolls back; a failure is added to {@code cause} when there is one, else thrown. */
    void rollback(Throwable cause) {
        active = false;
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            if (cause == null) {
                throw new TransactionException("cannot roll back the transaction: " + e.getMessage(), e);
            }
            cause.addSuppressed(e);
        }
        restoreSettings(cause);
    }

    private void rollbackAfterFailure(TransactionException failure) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        restoreSettings(failure);
    }

    private void restoreSettings(Throwable cause) {
        if (!options.readOnly()) {
            return;
        }
        try {
            engine.dialect().applyReadOnly(handle.getConnection(), false);
        } catch (SQLException e) {
            if (cause == null) {
                throw new TransactionException("cannot reset the connection to read-write: " + e.getMessage(), e);
            }
            cause.addSuppressed(e);
        }
    }

    /** Returns the handle's connection to the pool. */
    void close() {
        Engine.close(handle);
    }

    String savepoint() {
        String name = "quarry_savepoint_" + (++savepoints);
        try {
            handle.savepoint(name);
        } catch (RuntimeException e) {
            throw new TransactionException("cannot set savepoint " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    void rollbackToSavepoint(String name, Throwable cause) {
        try {
            // JDBI forgets the savepoint here; the database drops it at the end of the transaction
            handle.rollbackToSavepoint(name);
        } catch (RuntimeException e) {
            if (cause == null) {
                throw new TransactionException("cannot roll back to savepoint " + name + ": " + e.getMessage(), e);
            }
            cause.addSuppressed(e);
        }
    }

    void releaseSavepoint(String name) {
        try {
            handle.releaseSavepoint(name);
        } catch (RuntimeException e) {
            throw new TransactionException("cannot release savepoint " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T withConnection(Function<Connection, T> work) {
        requireActive();
        return work.apply(handle.getConnection());
    }

    @Override
    public <T> T atomically(Function<Connection, T> work) {
        requireActive();
        StatementRepeats repeats = engine.repeats();
        boolean operation = repeats.beginOperation();
        try {
            return work.apply(handle.getConnection());
        } finally {
            if (operation) {
                repeats.endOperation();
            }
        }
    }

    @Override
    public Lease lease() {
        requireActive();
        Connection connection = handle.getConnection();
        return new Lease() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void close() {
                // the transaction owns the connection
            }
        };
    }

    private void requireActive() {
        if (!active) {
            throw new TransactionException("the transaction has ended; run statements inside its block, "
                    + "or through the Database outside it");
        }
    }
}
