package dev.quarry.migration;

import dev.quarry.exception.QuarryException;

/**
 * A migration could not be generated, applied or undone: the scripts and the history disagree,
 * a version is unknown, a script is missing or failed. When it is thrown, the database is at the
 * last version that committed.
 */
public class MigrationException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public MigrationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause the exception that caused this one, or {@code null}
     */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
