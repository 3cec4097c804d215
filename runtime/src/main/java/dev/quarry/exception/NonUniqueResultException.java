package dev.quarry.exception;

/** A query expected to return at most one row returned several. */
public class NonUniqueResultException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public NonUniqueResultException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause   the exception that caused this one, or {@code null}
     */
    public NonUniqueResultException(String message, Throwable cause) {
        super(message, cause);
    }
}
