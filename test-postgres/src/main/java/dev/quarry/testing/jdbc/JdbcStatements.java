package dev.quarry.testing.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the statements that reach the JDBC driver through connections opened by the
 * {@link CountingDriver}: in a scope, on one thread, for tests, with {@link #count()}; and in
 * total, on every thread, for the benchmarks, with {@link #totals()}.
 *
 * <pre>{@code
 * try (StatementCount count = JdbcStatements.count()) {
 *     feed.latestPosts();
 *     assertEquals(2, count.total(), count::toString);
 *     assertTrue(count.statements().get(1).startsWith("SELECT"));
 * }
 * }</pre>
 *
 * <p>What counts as one statement: each call of {@code execute}, {@code executeQuery},
 * {@code executeUpdate} or {@code executeLargeUpdate} (in all their forms) on a
 * {@code Statement} or {@code PreparedStatement}, and each call of {@code executeBatch} or
 * {@code executeLargeBatch} with at least one row added: <em>a batch counts as one statement
 * sent</em>, however many rows it has ({@link Totals#batchedRows()} has the rows). A statement is
 * counted when the call is made, also when it then fails. Not counted: the driver's own work
 * (commit, rollback, savepoints, {@code setAutoCommit}, connection validation, metadata queries),
 * callable statements ({@code prepareCall}), and anything on a connection not opened by the
 * counting driver.
 */
public final class JdbcStatements {
    private static final ThreadLocal<List<StatementCount>> OPEN = new ThreadLocal<>();

    private static final AtomicLong prepared = new AtomicLong();
    private static final AtomicLong statements = new AtomicLong();
    private static final AtomicLong batches = new AtomicLong();
    private static final AtomicLong batchedRows = new AtomicLong();

    private JdbcStatements() {
    }

    /**
     * Starts counting the statements this thread executes on counted connections, until the
     * returned count is closed. A pooled connection is used by the thread that borrowed it, so a
     * query run through a pool (or a Quarry {@code Database}) on this thread is counted;
     * statements run on other threads are not. Counts nest: every open count of the thread
     * counts every statement.
     *
     * <p>Installs the {@link CountingDriver} if it is not installed yet; a pool created before
     * that holds uncounted connections, so install the driver before creating pools.
     *
     * @return the new count, open until closed; use it in a try-with-resources statement
     */
    public static StatementCount count() {
        CountingDriver.install();
        List<StatementCount> open = OPEN.get();
        if (open == null) {
            open = new CopyOnWriteArrayList<>();
            OPEN.set(open);
        }
        StatementCount count = new StatementCount(open);
        open.add(count);
        return count;
    }

    /** {@return the counts of every counted connection on every thread since the JVM started} */
    public static Totals totals() {
        return new Totals(prepared.get(), statements.get(), batches.get(), batchedRows.get());
    }

    static void prepared() {
        prepared.incrementAndGet();
    }

    static void executed(String sql) {
        executed(sql, 0);
    }

    static void executed(String sql, int values) {
        statements.incrementAndGet();
        record(sql, false, values);
    }

    static void executedBatch(String sql, int rows) {
        statements.incrementAndGet();
        batches.incrementAndGet();
        batchedRows.addAndGet(rows);
        record(sql, true, 0);
    }

    private static void record(String sql, boolean batch, int values) {
        List<StatementCount> open = OPEN.get();
        if (open != null) {
            for (StatementCount count : open) {
                count.record(sql, batch, values);
            }
        }
    }

    /**
     * The counts at one moment, or the difference of two moments ({@link #since}).
     *
     * @param prepared    statements created or prepared ({@code createStatement} and
     *                    {@code prepareStatement} calls)
     * @param statements  statements sent, a batch counting one
     * @param batches     batches sent (each also one of {@code statements})
     * @param batchedRows rows of those batches
     */
    public record Totals(long prepared, long statements, long batches, long batchedRows) {
        /**
         * {@return statements as the server runs them: a batch counts one per row (statements
         * that are not batches, plus the rows of batches)}
         */
        public long executions() {
            return statements - batches + batchedRows;
        }

        /**
         * {@return the counts since {@code earlier}: each of its values subtracted from this one's}
         *
         * @param earlier totals taken before these
         */
        public Totals since(Totals earlier) {
            return new Totals(prepared - earlier.prepared, statements - earlier.statements,
                    batches - earlier.batches, batchedRows - earlier.batchedRows);
        }
    }
}
