package dev.quarry.exception;

/** A query expected to return at most one row returned several. */
public class NonUniqueResultException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public NonUniqueResultException(String message) {
        super(message);
    }

    public NonUniqueResultException(String message, Throwable cause) {
        super(message, cause);
    }
}
