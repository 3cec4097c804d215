package dev.quarry.exception;

import java.sql.SQLException;

/** A CHECK constraint was violated. */
public class CheckViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public CheckViolationException(String message, String sql, SQLException cause, String constraintName) {
        super(message, sql, cause, constraintName);
    }
}
