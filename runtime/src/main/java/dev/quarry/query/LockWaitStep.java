package dev.quarry.query;

/**
 * A locking {@code SELECT} that waits for rows locked by another transaction (the database's
 * default), or, with one more step, does not: {@link #noWait()} fails at once,
 * {@link #skipLocked()} leaves the locked rows out.
 *
 * @param <E> the entity type of the first table
 */
public interface LockWaitStep<E> extends LockedQuery<E> {
    /**
     * {@code ... NOWAIT}: if a row is locked by another transaction, the query fails at once
     * instead of waiting, with a {@link dev.quarry.exception.SqlExecutionException} whose
     * {@code sqlState()} is PostgreSQL's {@code 55P03} (lock not available).
     *
     * @return a new query that does not wait for locked rows
     */
    LockedQuery<E> noWait();

    /**
     * {@code ... SKIP LOCKED}: rows locked by another transaction are left out of the result
     * instead of waited for, as a queue of jobs taken by several workers needs.
     *
     * @return a new query that skips locked rows
     */
    LockedQuery<E> skipLocked();
}
