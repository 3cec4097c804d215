package dev.quarry.exception;

import java.sql.SQLException;

/** A foreign-key constraint was violated: the referenced row does not exist, or a referencing row blocks a delete. */
public class ForeignKeyViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public ForeignKeyViolationException(String message, String sql, SQLException cause, String constraintName) {
        super(message, sql, cause, constraintName);
    }
}
