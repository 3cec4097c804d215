package dev.quarry.exception;

/** A transaction could not begin, commit, roll back or set a savepoint. */
public class TransactionException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public TransactionException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause   the exception that caused this one, or {@code null}
     */
    public TransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
