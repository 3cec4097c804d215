package dev.quarry.exception;

/** A transaction could not begin, commit, roll back or set a savepoint. */
public class TransactionException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public TransactionException(String message) {
        super(message);
    }

    public TransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
