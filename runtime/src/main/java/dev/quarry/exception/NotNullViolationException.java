package dev.quarry.exception;

import java.sql.SQLException;

/** NULL was written to a NOT NULL column. */
public class NotNullViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public NotNullViolationException(String message, String sql, SQLException cause, String constraintName) {
        super(message, sql, cause, constraintName);
    }
}
