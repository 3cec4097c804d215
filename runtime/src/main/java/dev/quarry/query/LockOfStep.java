package dev.quarry.query;

/**
 * A locking {@code SELECT} over joined tables, which locks the rows of every table it reads, or,
 * with {@link #of}, the rows of the tables named ({@code FOR UPDATE OF "posts"}). Naming them is
 * required when the query has an outer join: the rows of its nullable side cannot be locked.
 *
 * @param <E> the entity type of the first table
 */
public interface LockOfStep<E> extends LockWaitStep<E> {
    /**
     * {@code ... OF table, ...}: locks only the rows of these tables of the query's {@code FROM}
     * clause (an aliased table by its alias).
     *
     * @param table the first table whose rows are locked
     * @param more  further tables whose rows are locked
     * @return a new query locking the rows of these tables only
     * @throws IllegalStateException when the query renders or runs, if a table is not in its
     *                               {@code FROM} clause or is the nullable side of an outer join
     */
    LockWaitStep<E> of(EntityTable<?, ?> table, EntityTable<?, ?>... more);
}
