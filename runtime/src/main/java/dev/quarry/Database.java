package dev.quarry;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.quarry.exception.ConfigurationException;
import dev.quarry.internal.async.AsyncRunner;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.Listeners;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.migration.Migrator;
import dev.quarry.internal.exec.StatementRepeats;
import dev.quarry.internal.pool.PoolFactory;
import dev.quarry.internal.query.Operations;
import dev.quarry.internal.repository.DatabaseInternals;
import dev.quarry.internal.schema.SchemaImpl;
import dev.quarry.internal.session.SessionImpl;
import dev.quarry.internal.session.SessionRegistry;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.Dialects;
import dev.quarry.internal.tx.Transactions;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.Migrations;
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
import dev.quarry.session.Session;
import dev.quarry.session.SessionOptions;
import dev.quarry.transaction.TransactionCallback;
import dev.quarry.transaction.TransactionConsumer;
import dev.quarry.transaction.TransactionOptions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pooled database: the entry point of Quarry. Built from a JDBC URL, it picks the dialect
 * from the URL ({@code jdbc:postgresql:} or {@code jdbc:sqlite:}), keeps a HikariCP connection
 * pool and runs the DSL's statements.
 *
 * <pre>{@code
 * try (Database db = Database.connect("jdbc:sqlite:blog.db")) {
 *     db.schema(Tables.ALL).createAll();
 *     User ada = db.insert(USER, new User("Ada", "ada@example.com"));
 *     List<User> adults = db.select(USER).where(USER.age.ge(18)).orderBy(USER.name.asc()).fetch();
 *     db.transaction(tx -> tx.update(USER).set(USER.bio, "hi").where(USER.id.eq(ada.id)).execute());
 * }
 * }</pre>
 *
 * <p>Outside a transaction each statement borrows a connection and runs in auto-commit mode.
 * Inside {@link #transaction(TransactionCallback)} the transaction is bound to the current
 * thread: statements run through this {@code Database} on that thread join it, and a nested
 * {@code transaction} runs on a savepoint.
 *
 * <p><b>Catching N+1 in tests.</b> With {@link DatabaseConfig.Builder#maxRunsPerStatement(int)}
 * every transaction fails when one statement runs more often than allowed, and
 * {@link #watchStatements(int)} does the same for a block of code, inside transactions or not.
 *
 * <p><b>SQLite in memory.</b> An in-memory SQLite database ({@code jdbc:sqlite::memory:},
 * {@code jdbc:sqlite:}, {@code mode=memory}) lives inside the connection that created it, so
 * Quarry gives it a pool of exactly one connection that is never retired: all statements see
 * the same database, and threads take turns (a thread that holds the connection, in a
 * transaction or an open stream, makes others wait up to the connection timeout). Use a file
 * for concurrent access.
 *
 * <p>A {@code Database} is thread-safe. Close it to close the pool; closing twice is harmless.
 */
public final class Database implements DataAccess, AutoCloseable {
    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final Engine engine;
    private final Operations operations;
    private final Transactions transactions;
    private final SessionRegistry sessions = new SessionRegistry();
    private final Object asyncLock = new Object();
    private ThreadPoolExecutor asyncThreads;
    private boolean closed;

    static {
        // Generated repositories run their hand-written SQL on the engine; no public accessor.
        DatabaseInternals.register(database -> database.engine);
    }

    private Database(DatabaseConfig config, Dialect dialect, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.engine = new Engine(dialect, dataSource, new SqlLog(config.logSql()),
                new StatementRepeats(config.maxRunsPerStatement()), config.clock(),
                Listeners.of(config.listenersBySchema()));
        this.operations = new Operations(engine, engine);
        this.transactions = new Transactions(engine);
    }

    /**
     * Opens a database with default pool settings; user and password may be in the URL.
     *
     * @param url the JDBC URL
     * @return the open database
     * @throws ConfigurationException if the URL's database is not supported, its driver is
     *                                missing, or it cannot be reached
     */
    public static Database connect(String url) {
        return create(DatabaseConfig.builder(url).build());
    }

    /**
     * Opens a database with default pool settings as the given user.
     *
     * @param url the JDBC URL
     * @param user the user name
     * @param password the password
     * @return the open database
     * @throws ConfigurationException as {@link #connect(String)}
     */
    public static Database connect(String url, String user, String password) {
        return create(DatabaseConfig.builder(url).username(user).password(password).build());
    }

    /**
     * Starts configuring a database at {@code url}: pool size, timeouts, SQL logging.
     *
     * @param url the JDBC URL
     * @return the configuration builder
     */
    public static DatabaseConfig.Builder builder(String url) {
        return DatabaseConfig.builder(url);
    }

    /**
     * Opens a database with the given settings.
     *
     * @param config the settings
     * @return the open database
     * @throws ConfigurationException as {@link #connect(String)}
     */
    public static Database create(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        Dialect dialect = Dialects.forUrl(config.url());
        return new Database(config, dialect, PoolFactory.open(config, dialect));
    }

    /**
     * The settings this database was opened with.
     *
     * @return the settings
     */
    public DatabaseConfig config() {
        return config;
    }

    /**
     * The dialect's name: {@code "postgresql"} or {@code "sqlite"}.
     *
     * @return the dialect's name
     */
    public String dialectName() {
        return engine.dialect().name();
    }

    /**
     * The DDL of the given tables (for example a generated {@code Tables.ALL}) in this database's dialect.
     *
     * @param tables the entity tables
     * @return the schema, to read or run
     */
    public Schema schema(Collection<? extends EntityTable<?, ?>> tables) {
        return new SchemaImpl(engine, List.copyOf(Objects.requireNonNull(tables, "tables")));
    }

    /**
     * The migrations of this database with the default configuration: scripts read from the
     * class path ({@code db/migration/<dialect>}), no model. Enough to {@link Migrations#upgrade()
     * upgrade} at start-up. See {@link Migrations}.
     *
     * <pre>{@code
     * db.migrations().upgrade();
     * }</pre>
     *
     * @return the migrations
     */
    public Migrations migrations() {
        return migrations(MigrationConfig.defaults());
    }

    /**
     * The migrations of this database: generate scripts from a model, apply and undo them. See
     * {@link Migrations}.
     *
     * @param config where the scripts are, the model, the history table
     * @return the migrations
     */
    public Migrations migrations(MigrationConfig config) {
        return new Migrator(engine, Objects.requireNonNull(config, "config"));
    }

    /**
     * A snapshot of the connection pool, for monitoring and leak checks.
     *
     * @return the pool's counts
     */
    public PoolStats poolStats() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        if (pool == null) {
            return new PoolStats(0, 0, 0, 0);
        }
        return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
                pool.getThreadsAwaitingConnection());
    }

    /**
     * Opens a connection for "commit as you go": it holds one pooled connection until closed,
     * runs its statements in a transaction, and {@link DatabaseConnection#commit() commit()} or
     * {@link DatabaseConnection#rollback() rollback()} end it between statements. Closing it
     * rolls back what was not committed. It is not bound to the thread: statements run through
     * this {@code Database} meanwhile do not join it. See {@link DatabaseConnection}.
     *
     * <pre>{@code
     * try (DatabaseConnection conn = db.connect()) {
     *     conn.insert(USER, ada);
     *     conn.commit();
     * }
     * }</pre>
     *
     * @return the open connection; close it, best with try-with-resources
     * @throws dev.quarry.exception.SqlExecutionException if no connection can be had from the pool
     */
    public DatabaseConnection connect() {
        return transactions.connect();
    }

    /**
     * Opens a session with the default options (autoflush on, expire on commit off): an identity
     * map and unit of work that writes the objects added to it and the changes made to them,
     * in foreign-key order, on one connection. See {@link Session}.
     *
     * @return the open session; close it, best with try-with-resources
     */
    public Session session() {
        return session(SessionOptions.DEFAULT);
    }

    /**
     * Opens a session with the given options. See {@link Session}.
     *
     * @param options autoflush and expire-on-commit
     * @return the open session; close it, best with try-with-resources
     */
    public Session session(SessionOptions options) {
        return new SessionImpl(this, transactions, engine, sessions, Objects.requireNonNull(options, "options"));
    }

    /**
     * Whether the current thread is inside a transaction block of this database.
     *
     * @return {@code true} inside a transaction block
     */
    public boolean inTransaction() {
        return transactions.inTransaction();
    }

    /**
     * Opens a unit of work for the N+1 detector on the current thread, for tests: until the
     * returned watch is closed, every statement this database runs on the thread is counted by
     * its shape (the SQL with {@code IN} lists of any length as one), and when one shape is about
     * to run for the {@code (maxRunsPerStatement + 1)}-th time it is not sent and a
     * {@link dev.quarry.exception.RepeatedStatementException} naming the statement is thrown.
     *
     * <pre>{@code
     * try (StatementWatch watch = db.watchStatements(10)) {
     *     List<User> users = db.select(USER).fetch();
     *     for (User user : users) {
     *         db.select(POST).where(POST.authorId.eq(user.id)).fetch();  // fails on the 11th user
     *     }
     * }
     * }</pre>
     *
     * <p>Transactions inside the watch count into it too, and its limit applies in place of
     * {@link DatabaseConfig#maxRunsPerStatement()}. Watches nest: the innermost one's limit
     * applies, and every open watch counts every statement. Statements on other threads are not
     * counted. See {@link StatementWatch}.
     *
     * @param maxRunsPerStatement the most times one statement may run while the watch is open
     *                            (at least 1)
     * @return the open watch; close it on this thread, best with try-with-resources
     * @throws IllegalArgumentException if {@code maxRunsPerStatement} is less than 1
     */
    public StatementWatch watchStatements(int maxRunsPerStatement) {
        return engine.repeats().openWatch(maxRunsPerStatement);
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
        return transactions.run(TransactionOptions.DEFAULT, work);
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionCallback<R, X> work) throws X {
        return transactions.run(options, work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionConsumer<X> work) throws X {
        useTransaction(TransactionOptions.DEFAULT, work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionOptions options, TransactionConsumer<X> work) throws X {
        Objects.requireNonNull(work, "work");
        transactions.run(options, tx -> {
            work.useTransaction(tx);
            return null;
        });
    }

    /**
     * The futures facade on threads of this database's own: at most {@link
     * DatabaseConfig#maximumPoolSize()} of them, started when needed, idle ones ending after a
     * minute, all stopped by {@link #close()} (work submitted after it fails with a
     * {@link dev.quarry.exception.QuarryException}). See {@link AsyncDatabase}.
     *
     * @return the asynchronous facade
     */
    public AsyncDatabase async() {
        synchronized (asyncLock) {
            if (asyncThreads == null) {
                int threads = config.maximumPoolSize();
                asyncThreads = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                        new AsyncThreads(dataSource.getPoolName()));
                asyncThreads.allowCoreThreadTimeOut(true);
                if (closed) {
                    asyncThreads.shutdown();
                }
            }
            return new AsyncRunner(this, asyncThreads, true);
        }
    }

    /**
     * The futures facade on {@code executor}, which this database neither owns nor shuts down:
     * virtual threads, for instance, on Java 21 and later. See {@link AsyncDatabase}.
     *
     * @param executor the executor that runs the work
     * @return the asynchronous facade
     */
    public AsyncDatabase async(Executor executor) {
        return new AsyncRunner(this, Objects.requireNonNull(executor, "executor"), false);
    }

    /** Daemon threads named after the pool, for {@link #async()}. */
    private static final class AsyncThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        AsyncThreads(String poolName) {
            this.prefix = poolName + "-async-";
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /**
     * Closes the connection pool and stops the {@link #async()} threads (work already running
     * finishes or fails on the closed pool). Connections in use are closed when returned. A
     * second call does nothing.
     */
    @Override
    public void close() {
        synchronized (asyncLock) {
            closed = true;
            if (asyncThreads != null) {
                asyncThreads.shutdown();
            }
        }
        dataSource.close();
    }

    @Override
    public String toString() {
        return "Database[" + dialectName() + ", " + config + "]";
    }
}
