package dev.quarry.exception;

import java.sql.SQLException;

/**
 * A statement broke a constraint. The subclasses name which kind; {@link #constraintName()}
 * names the constraint when the database reports it (PostgreSQL does; SQLite reports the
 * columns instead, which are in the message).
 */
public class ConstraintViolationException extends SqlExecutionException {
    private static final long serialVersionUID = 1L;

    /** The violated constraint's name, or {@code null}. */
    private final String constraintName;

    /**
     * Creates the exception for a statement the database refused.
     *
     * @param message        what was violated; the SQL text is appended to it
     * @param sql            the statement that failed, with {@code ?} placeholders
     * @param cause          the driver's exception
     * @param constraintName the violated constraint's name, or {@code null} when the database
     *                       does not say
     */
    public ConstraintViolationException(String message, String sql, SQLException cause, String constraintName) {
        super(message, sql, cause);
        this.constraintName = constraintName;
    }

    /** {@return the violated constraint's name, or {@code null} when the database does not say} */
    public String constraintName() {
        return constraintName;
    }
}
