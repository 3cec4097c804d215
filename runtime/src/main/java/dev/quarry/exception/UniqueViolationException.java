package dev.quarry.exception;

import java.sql.SQLException;

/** A unique or primary-key constraint was violated: the value already exists. */
public class UniqueViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public UniqueViolationException(String message, String sql, SQLException cause, String constraintName) {
        super(message, sql, cause, constraintName);
    }
}
