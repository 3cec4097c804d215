package dev.quarry.exception;

/**
 * The root of every exception Quarry throws. Unchecked: no {@link java.sql.SQLException} escapes
 * the public API; where one is the cause, a {@link SqlExecutionException} carries it with the
 * SQL text.
 */
public class QuarryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public QuarryException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause   the exception that caused this one, or {@code null}
     */
    public QuarryException(String message, Throwable cause) {
        super(message, cause);
    }
}
