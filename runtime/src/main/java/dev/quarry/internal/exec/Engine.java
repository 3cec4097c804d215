package dev.quarry.internal.exec;

import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.exception.TransactionException;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What one database's statements share: the dialect, the statement runner, JDBI over the
 * pool and the cache of rendered entity statements. As a connection source it joins the
 * transaction bound to the current thread, if any, else lends a pooled connection per statement.
 */
public final class Engine implements ConnectionSource {
    private final Dialect dialect;
    private final Runner runner;
    private final StatementRepeats repeats;
    private final Jdbi jdbi;
    private final ThreadLocal<ConnectionSource> bound = new ThreadLocal<>();
    private final Map<SchemaKey, TableStatements> statements = new ConcurrentHashMap<>();

    /** An engine without the N+1 detector on transactions (statement watches still work). */
    public Engine(Dialect dialect, DataSource dataSource, SqlLog log) {
        this(dialect, dataSource, log, new StatementRepeats(0));
    }

    public Engine(Dialect dialect, DataSource dataSource, SqlLog log, StatementRepeats repeats) {
        this.dialect = dialect;
        this.repeats = repeats;
        this.runner = new Runner(dialect, log, repeats);
        this.jdbi = Jdbi.create(dataSource);
    }

    public Dialect dialect() {
        return dialect;
    }

    public Runner runner() {
        return runner;
    }

    /** The N+1 detector: statement counts per unit of work. */
    public StatementRepeats repeats() {
        return repeats;
    }

    /** Makes statements run through this engine on the current thread use {@code source} (a transaction). */
    public void bind(ConnectionSource source) {
        bound.set(source);
    }

    /** Undoes {@link #bind}. */
    public void unbind() {
        bound.remove();
    }

    /** The rendered entity statements of a table (one per schema, shared by its aliases). */
    public TableStatements statements(TableSchema schema) {
        SchemaKey key = new SchemaKey(schema);
        TableStatements cached = statements.get(key);
        if (cached == null) {
            cached = statements.computeIfAbsent(key, k -> new TableStatements(dialect, schema));
        }
        return cached;
    }

    /** Opens a JDBI handle on a pooled connection. */
    public Handle open() {
        try {
            return jdbi.open();
        } catch (ConnectionException e) {
            throw connectionFailure(e);
        }
    }

    private QuarryException connectionFailure(ConnectionException e) {
        if (e.getCause() instanceof SQLException cause) {
            return new SqlExecutionException("cannot get a " + dialect.name() + " connection from the pool: "
                    + cause.getMessage(), null, cause);
        }
        return new QuarryException("cannot get a " + dialect.name() + " connection from the pool", e);
    }

    /** Closes a handle, returning its connection to the pool. */
    public static void close(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException e) {
            throw new QuarryException("cannot return a connection to the pool: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T withConnection(Function<Connection, T> work) {
        ConnectionSource transaction = bound.get();
        if (transaction != null) {
            return transaction.withConnection(work);
        }
        Handle handle = open();
        try {
            return work.apply(handle.getConnection());
        } finally {
            close(handle);
        }
    }

    @Override
    public <T> T atomically(Function<Connection, T> work) {
        ConnectionSource transaction = bound.get();
        if (transaction != null) {
            return transaction.atomically(work);
        }
        Handle handle = open();
        boolean operation = repeats.beginOperation();
        try {
            begin(handle);
            T result;
            try {
                result = work.apply(handle.getConnection());
            } catch (RuntimeException | Error e) {
                rollback(handle, e);
                throw e;
            }
            commit(handle);
            return result;
        } finally {
            if (operation) {
                repeats.endOperation();
            }
            close(handle);
        }
    }

    private static void begin(Handle handle) {
        try {
            handle.begin();
        } catch (RuntimeException e) {
            throw new TransactionException("cannot begin a transaction: " + e.getMessage(), e);
        }
    }

    private static void commit(Handle handle) {
        try {
            handle.commit();
        } catch (RuntimeException e) {
            TransactionException failure = new TransactionException("cannot commit: " + e.getMessage(), e);
            rollback(handle, failure);
            throw failure;
        }
    }

    private static void rollback(Handle handle, Throwable cause) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public Lease lease() {
        ConnectionSource transaction = bound.get();
        if (transaction != null) {
            return transaction.lease();
        }
        Handle handle = open();
        return new Lease() {
            private boolean closed;

            @Override
            public Connection connection() {
                return handle.getConnection();
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    Engine.close(handle);
                }
            }
        };
    }

    /** A map key comparing schemas by identity: each generated table has one schema constant. */
    private record SchemaKey(TableSchema schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaKey key && key.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }
}
