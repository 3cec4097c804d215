package dev.quarry.bench.jdbc;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the benchmarked code asks of the database, as seen by the JDBC driver: statements
 * prepared, statements executed (each row of an executed batch counts as one execution, as the
 * server runs it once per row), and batches sent.
 */
public final class StatementCounter {
    /** The counter every {@link CountingDriver} connection reports to. */
    public static final StatementCounter GLOBAL = new StatementCounter();

    private final AtomicLong prepared = new AtomicLong();
    private final AtomicLong executed = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();

    void prepared() {
        prepared.incrementAndGet();
    }

    void executed(int count) {
        executed.addAndGet(count);
    }

    void executedBatch(int rows) {
        batches.incrementAndGet();
        executed.addAndGet(rows);
    }

    /** The counts so far. */
    public Counts snapshot() {
        return new Counts(prepared.get(), executed.get(), batches.get());
    }

    /**
     * Counts at one moment, or the difference of two moments.
     *
     * @param prepared statements prepared (prepareStatement and createStatement calls)
     * @param executed statements executed, a batch counting one per row
     * @param batches  batches executed
     */
    public record Counts(long prepared, long executed, long batches) {
        /** The counts since {@code earlier}. */
        public Counts since(Counts earlier) {
            return new Counts(prepared - earlier.prepared, executed - earlier.executed, batches - earlier.batches);
        }
    }
}
