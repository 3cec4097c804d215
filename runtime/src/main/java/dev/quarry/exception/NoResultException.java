package dev.quarry.exception;

/** A query expected to return exactly one row returned none. */
public class NoResultException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public NoResultException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause   the exception that caused this one, or {@code null}
     */
    public NoResultException(String message, Throwable cause) {
        super(message, cause);
    }
}
