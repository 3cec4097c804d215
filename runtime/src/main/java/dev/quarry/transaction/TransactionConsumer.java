package dev.quarry.transaction;

import dev.quarry.Transaction;

/**
 * Work done inside a transaction that returns nothing; it may throw a checked exception,
 * which rolls the transaction back and is rethrown as is.
 *
 * @param <X> the exception type the work may throw
 */
@FunctionalInterface
public interface TransactionConsumer<X extends Exception> {
    /**
     * Does the work.
     *
     * @param tx the transaction
     * @throws X to roll the transaction back
     */
    void useTransaction(Transaction tx) throws X;
}
