package dev.quarry.exception;

import java.sql.SQLException;

/** NULL was written to a NOT NULL column. */
public class NotNullViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a statement the database refused.
     *
     * @param message        what was violated; the SQL text is appended to it
     * @param sql            the statement that failed, with {@code ?} placeholders
     * @param cause          the driver's exception
     * @param constraintName the violated constraint's name, or {@code null} when the database
     *                       does not say
     */
    public NotNullViolationException(String message, String sql, SQLException cause, String constraintName) {
        super(message, sql, cause, constraintName);
    }
}
