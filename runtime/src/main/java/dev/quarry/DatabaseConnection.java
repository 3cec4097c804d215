package dev.quarry;

/**
 * One pooled connection held for a while, for "commit as you go": statements run through it in
 * a transaction that {@link #commit()} ends and a new one follows, and {@link #rollback()} undoes
 * what was not committed yet. Opened by {@link Database#connect()}; the begin-once blocks of
 * {@link DataAccess#transaction(dev.quarry.transaction.TransactionCallback)} are the other style.
 *
 * <pre>{@code
 * try (DatabaseConnection conn = db.connect()) {
 *     conn.insert(USER, new User("Ada", "ada@example.com"));
 *     conn.commit();                                   // Ada is stored
 *     conn.update(USER).set(USER.bio, "draft").where(USER.name.eq("Ada")).execute();
 *     conn.rollback();                                 // the bio is not
 * }                                                    // closing rolls back what is uncommitted
 * }</pre>
 *
 * <p>The connection is borrowed from the pool when it is opened and returned by {@link #close()};
 * until then it is not available to other work, so keep it short and close it in a
 * {@code try}-with-resources. Closing rolls back what was not committed; a second
 * {@code close()} does nothing. A {@link #transaction} on it runs on a savepoint of its current
 * transaction.
 *
 * <p>The connection is not bound to the thread: statements run through the {@link Database}
 * meanwhile, on the same thread or not, do <em>not</em> join it and run on connections of
 * their own, so they do not see its uncommitted work (and on SQLite they wait for its write
 * lock; an in-memory SQLite database has one connection, which they wait for). After a failed
 * statement PostgreSQL refuses further statements in the transaction until {@link #rollback()}.
 *
 * <p>A connection is used by one thread at a time; it is not thread-safe.
 */
public interface DatabaseConnection extends DataAccess, AutoCloseable {
    /**
     * Commits the work done since the last commit or rollback; the next statement starts a new
     * transaction.
     *
     * @throws dev.quarry.exception.TransactionException if the database refuses to commit (the
     *         work is then rolled back) or the connection is closed
     */
    void commit();

    /**
     * Rolls back the work done since the last commit or rollback.
     *
     * @throws dev.quarry.exception.TransactionException if the rollback fails or the connection is closed
     */
    void rollback();

    /**
     * The JDBC connection underneath, for code that needs plain JDBC: statements run on it
     * belong to this connection's current transaction and see its uncommitted work. Do not
     * commit, roll back, close it or change its auto-commit mode: use {@link #commit()},
     * {@link #rollback()} and {@link #close()}.
     *
     * @return the JDBC connection
     * @throws dev.quarry.exception.TransactionException if the connection is closed
     */
    java.sql.Connection jdbcConnection();

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    boolean isClosed();

    /**
     * Rolls back what was not committed and returns the connection to the pool. A second call
     * does nothing.
     */
    @Override
    void close();
}
