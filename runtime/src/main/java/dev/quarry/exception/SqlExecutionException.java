package dev.quarry.exception;

import java.sql.SQLException;

/** A statement failed in the database; carries the SQL text and the driver's exception. */
public class SqlExecutionException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final String sql;
    private final String sqlState;

    public SqlExecutionException(String message, String sql, SQLException cause) {
        super(message + (sql == null ? "" : " [SQL: " + sql + "]"), cause);
        this.sql = sql;
        this.sqlState = cause == null ? null : cause.getSQLState();
    }

    /** The statement that failed, with {@code ?} placeholders; {@code null} if none was running. */
    public String sql() {
        return sql;
    }

    /** The SQLSTATE the driver reported, if any. */
    public String sqlState() {
        return sqlState;
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
