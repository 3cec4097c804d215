package dev.quarry.testing.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements one thread sent to the driver while this count was open, from
 * {@link JdbcStatements#count()}. See {@link JdbcStatements} for what counts as a statement (in
 * short: each execute call, and each batch as one).
 *
 * <p>Close it on the thread that opened it, best with try-with-resources; closing it again does
 * nothing. After closing, the counts stay readable and no longer change. Its methods may be
 * called from any thread.
 */
public final class StatementCount implements AutoCloseable {
    private final List<StatementCount> open;
    private final List<String> statements = new ArrayList<>();
    private final List<Integer> values = new ArrayList<>();
    private int batches;
    private boolean closed;

    StatementCount(List<StatementCount> open) {
        this.open = open;
    }

    /** {@return how many statements were sent, a batch counting one} */
    public synchronized int total() {
        return statements.size();
    }

    /**
     * {@return the SQL text of every statement sent, in order: an immutable snapshot} A batch is
     * one entry, its prepared SQL (for a batch of plain SQL texts, the texts joined with
     * {@code ";\n"}).
     */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /**
     * {@return how many values each of the {@link #statements()} bound, in the same order} One per
     * parameter, an array parameter counting its elements (so {@code IN (?, ?, ?)} and
     * {@code = ANY (?)} with an array of three both count 3). Zero for a statement without
     * parameters and for a batch. Parameters are the {@code ?} of the SQL text, so a {@code ?}
     * inside a literal or comment counts too.
     */
    public synchronized List<Integer> boundValues() {
        return List.copyOf(values);
    }

    /** {@return how many of the {@link #statements()} were batches} */
    public synchronized int batches() {
        return batches;
    }

    /** {@return whether the count is still counting} */
    public synchronized boolean isOpen() {
        return !closed;
    }

    /** Stops counting; a second call does nothing. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        open.remove(this);
    }

    synchronized void record(String sql, boolean batch, int boundValues) {
        if (closed) {
            return;
        }
        statements.add(sql);
        values.add(boundValues);
        if (batch) {
            batches++;
        }
    }

    /** The count and the statements, one a line, for assertion messages. */
    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder().append(statements.size())
                .append(statements.size() == 1 ? " statement" : " statements");
        for (int i = 0; i < statements.size(); i++) {
            text.append("\n  ").append(i + 1).append(". ").append(statements.get(i));
        }
        return text.toString();
    }
}
