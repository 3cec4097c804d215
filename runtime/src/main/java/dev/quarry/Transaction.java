package dev.quarry;

/**
 * A transaction in progress, handed to the work passed to
 * {@link DataAccess#transaction(dev.quarry.transaction.TransactionCallback)}. Statements run
 * through it (or through the {@link Database} on the same thread) belong to the transaction;
 * {@link #transaction} inside it uses a savepoint.
 */
public interface Transaction extends DataAccess {
    /**
     * Marks the transaction to be rolled back when its work returns, instead of committed. For
     * a nested transaction this rolls back to its savepoint only.
     */
    void setRollbackOnly();

    /**
     * Whether {@link #setRollbackOnly()} was called.
     *
     * @return {@code true} if the transaction will roll back
     */
    boolean isRollbackOnly();

    /**
     * The JDBC connection of this transaction, for code that needs plain JDBC: statements run
     * on it belong to the transaction and see its uncommitted work. Do not commit, roll back,
     * close it or change its auto-commit mode: the transaction block does that when it ends.
     *
     * @return the transaction's JDBC connection
     * @throws dev.quarry.exception.TransactionException if the transaction has ended
     */
    java.sql.Connection jdbcConnection();
}
