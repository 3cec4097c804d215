package dev.quarry.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code SELECT} that locks the rows it reads ({@code ... FOR UPDATE}, {@code ... FOR SHARE}),
 * complete: it can only run. The locks are held until the transaction ends, so a locking query
 * runs only inside a transaction ({@code db.transaction(tx -> ...)}); outside one it throws an
 * {@link IllegalStateException} before anything is sent.
 *
 * <pre>{@code
 * db.transaction(tx -> {
 *     Account account = tx.select(ACCOUNT).where(ACCOUNT.id.eq(id)).forUpdate().one();
 *     tx.update(ACCOUNT).set(ACCOUNT.balance, account.balance() - amount).where(ACCOUNT.id.eq(id)).execute();
 * });
 * }</pre>
 *
 * <p>Only the rows of the query's own statement are locked: relationships read by load options
 * (in joins added to it, or in select-in statements run after it) are read without locks. SQLite
 * has no row locks: there, a locking query throws an {@link UnsupportedOperationException} before
 * anything runs.
 *
 * @param <E> the entity type of the first table
 */
public interface LockedQuery<E> {
    /**
     * Runs the query, locking its rows, and returns every row.
     *
     * @return the rows, in the query's order
     * @throws IllegalStateException if no transaction is running on this thread
     */
    List<E> fetch();

    /**
     * Runs the query, locking its row, and returns its only row.
     *
     * @return the only row
     * @throws dev.quarry.exception.NoResultException        if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     * @throws IllegalStateException                         if no transaction is running on this thread
     */
    E one();

    /**
     * Runs the query, locking its row, and returns its only row, if any.
     *
     * @return the only row, or empty if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     * @throws IllegalStateException                         if no transaction is running on this thread
     */
    Optional<E> findOne();

    /**
     * Runs the query and streams its rows as they are read; each row is locked when the database
     * reads it, and stays locked until the transaction ends. Close the stream after use.
     *
     * @return a stream of the rows, to close after use
     * @throws IllegalStateException if no transaction is running on this thread, or the query has
     *                               load options
     */
    Stream<E> stream();

    /**
     * The SQL this query runs, in the database's dialect, with {@code ?} for each parameter.
     *
     * @return the SQL text, ending with the locking clause
     * @throws UnsupportedOperationException if the database has no row locks (SQLite)
     * @throws IllegalStateException         if the database would refuse the lock: on a
     *                                       {@code SELECT DISTINCT}, or on the nullable side of an
     *                                       outer join
     */
    String toSql();

    /**
     * The values bound to the parameters of {@link #toSql()}, in order.
     *
     * @return the bound values, in order
     */
    List<Object> parameters();
}
