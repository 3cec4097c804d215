package dev.quarry;

import java.util.Map;

/**
 * A unit of work for the N+1 detector, bound to the thread that opened it with
 * {@link Database#watchStatements(int)}: while it is open, every statement the database runs on
 * that thread is counted by its shape, and the run of one shape that would go over the limit
 * throws {@link dev.quarry.exception.RepeatedStatementException} instead of being sent.
 *
 * <pre>{@code
 * try (StatementWatch watch = db.watchStatements(3)) {
 *     feed.latestPosts();              // throws if one statement shape runs a 4th time
 *     assertEquals(2, watch.total());  // and tests can assert on the counts
 * }
 * }</pre>
 *
 * <p>A statement's shape is its SQL text with every list of placeholders written {@code (?...)}:
 * {@code IN (?, ?)} and {@code IN (?, ?, ?)} are one shape. The statements of one operation,
 * such as the chunks of an {@code insertAll}, count once.
 *
 * <p>Statements in a transaction on the thread count too. Watches nest; every open watch counts
 * every statement, and the innermost one's limit applies (inside a transaction too, in place of
 * {@link DatabaseConfig#maxRunsPerStatement()}). When an inner watch closes, the outer one's
 * limit applies again, to its own counts. Statements run on other threads are not counted.
 *
 * <p>Close the watch on the thread that opened it, best with try-with-resources; closing it
 * again does nothing. Read its counts on that thread too.
 */
public interface StatementWatch extends AutoCloseable {
    /**
     * The most times one statement shape may run while the watch is open.
     *
     * @return a new query with the limit
     */
    int limit();

    /**
     * How many times each statement shape ran while the watch was open, in the order the shapes
     * first ran: an immutable snapshot keyed by shape (the SQL with placeholder lists written
     * {@code (?...)}).
     *
     * @return the run count of each statement shape
     */
    Map<String, Integer> counts();

    /**
     * How many statements ran while the watch was open.
     *
     * @return the number of statements
     */
    int total();

    /** Ends the watch; a second call does nothing. */
    @Override
    void close();
}
