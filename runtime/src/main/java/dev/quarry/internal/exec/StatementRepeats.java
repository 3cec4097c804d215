package dev.quarry.internal.exec;

import dev.quarry.StatementWatch;
import dev.quarry.exception.RepeatedStatementException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The N+1 detector of one database: counts the statements of each unit of work open on a thread
 * by {@linkplain StatementShape shape} and refuses the run of a shape that would go over the
 * limit. A unit is a transaction (when the database has a {@code maxRunsPerStatement}) or a
 * statement watch. Each thread has a stack of open units; every one of them counts every
 * statement, and the limit that applies is the innermost watch's, else the transaction's.
 *
 * <p>When no unit is open on any thread, {@link #check} reads one counter and returns: the
 * detector costs nothing when it is off.
 */
public final class StatementRepeats {
    private static final int MAX_SQL_IN_MESSAGE = 1_000;

    private final int transactionLimit;
    private final AtomicInteger open = new AtomicInteger();
    private final ThreadLocal<Frames> frames = new ThreadLocal<>();

    /** A detector that counts transactions with {@code transactionLimit}, or only watches when it is 0. */
    public StatementRepeats(int transactionLimit) {
        if (transactionLimit < 0) {
            throw new IllegalArgumentException("transactionLimit must be 0 (off) or more (was " + transactionLimit + ")");
        }
        this.transactionLimit = transactionLimit;
    }

    /**
     * Opens the unit of a transaction beginning on the current thread; {@code null} when the
     * database does not count transactions. The caller closes it when the transaction ends.
     */
    public Unit openTransaction() {
        if (transactionLimit == 0) {
            return null;
        }
        return push(false, transactionLimit);
    }

    /** Opens a statement watch on the current thread. */
    public StatementWatch openWatch(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("watchStatements: the limit must be at least 1 (was " + limit
                    + "): it is how many times one statement may run while the watch is open");
        }
        return push(true, limit);
    }

    /**
     * Counts a statement about to be sent on the current thread in every unit open there.
     *
     * @throws RepeatedStatementException if the run would go over the applying limit; then
     *                                    nothing is counted and the statement must not be sent
     */
    void check(String sql) {
        if (open.get() == 0) {
            return;
        }
        Frames current = frames.get();
        if (current != null) {
            current.count(sql);
        }
    }

    /**
     * Starts one operation of several statements on the current thread (such as the chunks of a
     * multi-row insert): until {@link #endOperation()}, each shape counts once. Returns whether
     * an operation was started, that is whether {@code endOperation} must be called.
     */
    public boolean beginOperation() {
        if (open.get() == 0) {
            return false;
        }
        Frames current = frames.get();
        if (current == null) {
            return false;
        }
        current.operationDepth++;
        return true;
    }

    /** Ends what {@link #beginOperation()} started. */
    public void endOperation() {
        Frames current = frames.get();
        if (current != null && current.operationDepth > 0 && --current.operationDepth == 0) {
            current.operationShapes.clear();
        }
    }

    private Unit push(boolean watch, int limit) {
        Frames current = frames.get();
        if (current == null) {
            current = new Frames();
            frames.set(current);
        }
        Unit unit = new Unit(current, watch, limit);
        current.units.add(unit);
        open.incrementAndGet();
        return unit;
    }

    /** The units open on one thread. */
    private static final class Frames {
        final Thread owner = Thread.currentThread();
        final List<Unit> units = new ArrayList<>(4);
        final Set<String> operationShapes = new HashSet<>();
        int operationDepth;

        void count(String sql) {
            String shape = StatementShape.of(sql);
            if (operationDepth > 0 && operationShapes.contains(shape)) {
                return;
            }
            Unit applying = applying();
            int runs = applying.runs(shape) + 1;
            if (runs > applying.limit) {
                throw applying.refuse(sql, runs);
            }
            if (operationDepth > 0) {
                operationShapes.add(shape);
            }
            for (int i = 0; i < units.size(); i++) {
                units.get(i).add(shape);
            }
        }

        /** The innermost watch, else the transaction. */
        private Unit applying() {
            Unit transaction = null;
            for (int i = units.size() - 1; i >= 0; i--) {
                Unit unit = units.get(i);
                if (unit.watch) {
                    return unit;
                }
                transaction = unit;
            }
            return transaction;
        }
    }

    /** One unit of work: a transaction or a statement watch. */
    public final class Unit implements StatementWatch {
        private final Frames frames;
        private final boolean watch;
        private final int limit;
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private int total;
        private boolean closed;

        private Unit(Frames frames, boolean watch, int limit) {
            this.frames = frames;
            this.watch = watch;
            this.limit = limit;
        }

        @Override
        public int limit() {
            return limit;
        }

        @Override
        public Map<String, Integer> counts() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        @Override
        public int total() {
            return total;
        }

        int runs(String shape) {
            Integer runs = counts.get(shape);
            return runs == null ? 0 : runs;
        }

        void add(String shape) {
            counts.merge(shape, 1, Integer::sum);
            total++;
        }

        RepeatedStatementException refuse(String sql, int runs) {
            String unit = watch
                    ? "in one statement watch, more than the " + limit + " runs of one statement that watchStatements("
                            + limit + ") allows"
                    : "in one transaction, more than the " + limit + " runs of one statement that maxRunsPerStatement("
                            + limit + ") in the DatabaseConfig allows";
            String raise = watch
                    ? "if the runs are intended, raise the watch's limit"
                    : "if the runs are intended, raise maxRunsPerStatement or open a db.watchStatements(limit) "
                            + "with a higher limit around that code";
            return new RepeatedStatementException("a statement was about to run for the " + ordinal(runs) + " time "
                    + unit + ", and was not sent [SQL: " + abbreviate(sql) + "]. One statement per row of an earlier result is "
                    + "an N+1 pattern: load the relationship with the query that read those rows, with a load option such as "
                    + ".load(selectIn(USER.posts)), or fetch all the rows in one query (for example with IN); "
                    + raise, sql, runs, limit);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (Thread.currentThread() != frames.owner) {
                throw new IllegalStateException("a statement watch must be closed on the thread that opened it ("
                        + frames.owner.getName() + "), not on " + Thread.currentThread().getName());
            }
            closed = true;
            frames.units.remove(this);
            open.decrementAndGet();
            if (frames.units.isEmpty() && StatementRepeats.this.frames.get() == frames) {
                StatementRepeats.this.frames.remove();
            }
        }

        @Override
        public String toString() {
            return (watch ? "StatementWatch" : "Transaction statements") + "[limit " + limit + ", " + total
                    + " statements, " + counts.size() + " shapes" + (closed ? ", closed" : "") + "]";
        }
    }

    /** The SQL for a message: in full up to {@value #MAX_SQL_IN_MESSAGE} characters, else its start. */
    static String abbreviate(String sql) {
        if (sql.length() <= MAX_SQL_IN_MESSAGE) {
            return sql;
        }
        return sql.substring(0, MAX_SQL_IN_MESSAGE) + "... (" + sql.length() + " characters)";
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }
}
