package dev.quarry.exception;

import java.sql.SQLException;

/**
 * A statement broke a constraint. The subclasses name which kind; {@link #constraintName()}
 * names the constraint when the database reports it (PostgreSQL does; SQLite reports the
 * columns instead, which are in the message).
 */
public class ConstraintViolationException extends SqlExecutionException {
    private static final long serialVersionUID = 1L;

    private final String constraintName;

    public ConstraintViolationException(String message, String sql, SQLException cause, String constraintName) {
        super(message, sql, cause);
        this.constraintName = constraintName;
    }

    /** The violated constraint's name, or {@code null} when the database does not say. */
    public String constraintName() {
        return constraintName;
    }
}
