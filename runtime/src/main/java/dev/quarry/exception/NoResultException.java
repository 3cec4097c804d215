package dev.quarry.exception;

/** A query expected to return exactly one row returned none. */
public class NoResultException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public NoResultException(String message) {
        super(message);
    }

    public NoResultException(String message, Throwable cause) {
        super(message, cause);
    }
}
