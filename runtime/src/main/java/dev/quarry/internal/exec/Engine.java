package dev.quarry.internal.exec;

import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.exception.TransactionException;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What one database's statements share: the dialect, the statement runner, the pool, JDBI over
 * it (for transaction blocks and their savepoints) and the cache of rendered entity statements.
 * As a connection source it joins the transaction bound to the current thread, if any, else
 * lends a pooled connection per statement (or per short transaction of several statements).
 */
public final class Engine implements ConnectionSource {
    private final Dialect dialect;
    private final Runner runner;
    private final StatementRepeats repeats;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final ThreadLocal<ConnectionSource> bound = new ThreadLocal<>();
    private final Map<SchemaKey, TableStatements> statements = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Listeners listeners;

    /** An engine without the N+1 detector on transactions (statement watches still work). */
    public Engine(Dialect dialect, DataSource dataSource, SqlLog log) {
        this(dialect, dataSource, log, new StatementRepeats(0));
    }

    public Engine(Dialect dialect, DataSource dataSource, SqlLog log, StatementRepeats repeats) {
        this(dialect, dataSource, log, repeats, Clock.systemUTC());
    }

    public Engine(Dialect dialect, DataSource dataSource, SqlLog log, StatementRepeats repeats, Clock clock) {
        this(dialect, dataSource, log, repeats, clock, Listeners.none());
    }

    public Engine(Dialect dialect, DataSource dataSource, SqlLog log, StatementRepeats repeats, Clock clock,
                  Listeners listeners) {
        this.dialect = dialect;
        this.clock = clock;
        this.listeners = listeners;
        this.repeats = repeats;
        this.runner = new Runner(dialect, log, repeats);
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The clock that fills {@code @CreatedAt} and {@code @UpdatedAt} columns. */
    public Clock clock() {
        return clock;
    }

    /** The entity listeners registered per table. */
    public Listeners listeners() {
        return listeners;
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

    /** Opens a JDBI handle on a pooled connection (for a transaction block). */
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
        Connection connection = borrow();
        try {
            return work.apply(connection);
        } finally {
            giveBack(connection);
        }
    }

    @Override
    public <T> T atomically(Function<Connection, T> work) {
        ConnectionSource transaction = bound.get();
        if (transaction != null) {
            return transaction.atomically(work);
        }
        Connection connection = borrow();
        boolean operation = repeats.beginOperation();
        try {
            begin(connection);
            T result;
            try {
                result = work.apply(connection);
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
            commit(connection);
            return result;
        } finally {
            if (operation) {
                repeats.endOperation();
            }
            giveBack(connection);
        }
    }

    @Override
    public Lease lease() {
        ConnectionSource transaction = bound.get();
        if (transaction != null) {
            return transaction.lease();
        }
        Connection connection = borrow();
        // where the driver reads a result in parts only inside a transaction, the stream gets one
        boolean ownTransaction = dialect.streamsInTransactionsOnly();
        if (ownTransaction) {
            try {
                begin(connection);
            } catch (RuntimeException e) {
                giveBack(connection);
                throw e;
            }
        }
        return new Lease() {
            private boolean closed;

            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    try {
                        if (ownTransaction) {
                            commit(connection);
                        }
                    } finally {
                        giveBack(connection);
                    }
                }
            }
        };
    }

    /**
     * A pooled connection for statements outside a transaction block, straight from the pool:
     * a JDBI handle per statement would cost several microseconds of set-up and clean-up on the
     * hottest path (a read by key) and add nothing an auto-commit statement needs.
     */
    private Connection borrow() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new SqlExecutionException("cannot get a " + dialect.name() + " connection from the pool: "
                    + e.getMessage(), null, e);
        }
    }

    /** Returns a borrowed connection to the pool. */
    private static void giveBack(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new QuarryException("cannot return a connection to the pool: " + e.getMessage(), e);
        }
    }

    /** Starts a short transaction of {@link #atomically} (or of a stream) on a borrowed connection. */
    private static void begin(Connection connection) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new TransactionException("cannot begin a transaction: " + e.getMessage(), e);
        }
    }

    /** Commits a short transaction and puts the connection back into auto-commit mode. */
    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            TransactionException failure = new TransactionException("cannot commit: " + e.getMessage(), e);
            rollback(connection, failure);
            throw failure;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new TransactionException("committed, but cannot reset the connection to auto-commit: "
                    + e.getMessage(), e);
        }
    }

    /** Rolls back a short transaction; a failure to do so is added to {@code cause}. */
    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
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
