package dev.quarry.exception;

import java.sql.SQLException;

/** A statement failed in the database; carries the SQL text and the driver's exception. */
public class SqlExecutionException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** The statement that failed, or {@code null}. */
    private final String sql;
    /** The driver's SQLSTATE, or {@code null}. */
    private final String sqlState;

    /**
     * Creates the exception for a statement that failed.
     *
     * @param message what failed; the SQL text, when there is one, is appended to it
     * @param sql     the statement that failed, with {@code ?} placeholders, or {@code null} if
     *                none was running
     * @param cause   the driver's exception, or {@code null}; its SQLSTATE becomes
     *                {@link #sqlState()}
     */
    public SqlExecutionException(String message, String sql, SQLException cause) {
        super(message + (sql == null ? "" : " [SQL: " + sql + "]"), cause);
        this.sql = sql;
        this.sqlState = cause == null ? null : cause.getSQLState();
    }

    /** {@return the statement that failed, with {@code ?} placeholders; {@code null} if none was running} */
    public String sql() {
        return sql;
    }

    /** {@return the SQLSTATE the driver reported, or {@code null} if it reported none} */
    public String sqlState() {
        return sqlState;
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
