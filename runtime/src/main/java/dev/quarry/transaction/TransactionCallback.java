package dev.quarry.transaction;

import dev.quarry.Transaction;

/**
 * Work done inside a transaction that returns a value; it may throw a checked exception,
 * which rolls the transaction back and is rethrown as is.
 *
 * @param <R> the result type
 * @param <X> the exception type the work may throw
 */
@FunctionalInterface
public interface TransactionCallback<R, X extends Exception> {
    /**
     * Does the work.
     *
     * @param tx the transaction
     * @return the result of the work
     * @throws X to roll the transaction back
     */
    R inTransaction(Transaction tx) throws X;
}
