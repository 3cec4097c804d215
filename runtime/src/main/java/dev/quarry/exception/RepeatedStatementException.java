package dev.quarry.exception;

/**
 * The N+1 detector stopped a statement: one statement shape was about to run more often in one
 * unit of work (a transaction, with {@code DatabaseConfig.Builder.maxRunsPerStatement}, or a
 * {@code Database.watchStatements} scope) than the limit allows. The statement was not sent.
 * The message names the count, the limit, the unit and the SQL (its first 1,000 characters;
 * {@link #sql()} has all of it), and how to fetch the rows in fewer statements. Thrown inside a transaction block, it rolls the transaction back like any
 * other exception.
 */
public class RepeatedStatementException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** The statement that was not sent. */
    private final String sql;
    /** Which run of its shape the statement would have been. */
    private final int runs;
    /** The most runs of one shape allowed. */
    private final int limit;

    /**
     * Creates the exception for a statement the detector stopped.
     *
     * @param message the explanation: count, limit, unit of work, SQL and how to load in fewer
     *                statements
     * @param sql     the statement that was not sent, with {@code ?} placeholders
     * @param runs    which run of its shape the statement would have been
     * @param limit   the most runs of one statement shape the unit of work allows
     */
    public RepeatedStatementException(String message, String sql, int runs, int limit) {
        super(message);
        this.sql = sql;
        this.runs = runs;
        this.limit = limit;
    }

    /** {@return the statement that was not sent, with {@code ?} placeholders} */
    public String sql() {
        return sql;
    }

    /** {@return which run of its shape the statement would have been (more than {@link #limit()})} */
    public int runs() {
        return runs;
    }

    /** {@return the most runs of one statement shape the unit of work allows} */
    public int limit() {
        return limit;
    }
}
