package dev.quarry.bench;

import dev.quarry.bench.contender.Contender;
import dev.quarry.bench.contender.ContenderKind;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.JdbcStatements.Totals;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the statements each contender sends per operation, outside JMH: every scenario is run
 * once to warm up (a session factory's first queries, for instance), then {@value #RUNS} times
 * while {@link JdbcStatements#totals()} counts; each result is also checked, so a contender that
 * returns the wrong rows fails the run instead of being timed.
 */
public final class StatementCounts {
    private static final int RUNS = 3;

    private StatementCounts() {
    }

    /** Statements per operation, by scenario and contender. */
    public static Map<Scenario, Map<ContenderKind, PerOperation>> measure(List<ContenderKind> kinds, List<Scenario> scenarios) {
        Map<Scenario, Map<ContenderKind, PerOperation>> counts = new EnumMap<>(Scenario.class);
        for (ContenderKind kind : kinds) {
            try (Contender contender = kind.create()) {
                for (Scenario scenario : scenarios) {
                    Workload workload = new Workload();
                    int runs = scenario == Scenario.BULK_LOAD ? 1 : RUNS;
                    scenario.check(scenario.run(contender, workload));
                    Totals before = JdbcStatements.totals();
                    for (int i = 0; i < runs; i++) {
                        scenario.check(scenario.run(contender, workload));
                    }
                    Totals used = JdbcStatements.totals().since(before);
                    counts.computeIfAbsent(scenario, s -> new EnumMap<>(ContenderKind.class))
                            .put(kind, new PerOperation((double) used.prepared() / runs,
                                    (double) used.executions() / runs, (double) used.batches() / runs));
                    BenchDatabase.removeInsertedRows();
                    if (scenario == Scenario.LOAD_CHANGE_FLUSH) {
                        BenchDatabase.restoreUpdatedRows();
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("Contender " + kind.id() + " failed: " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /**
     * Statements of one operation.
     *
     * @param prepared statements prepared
     * @param executed statements executed (one per row of a batch)
     * @param batches  JDBC batches sent
     */
    public record PerOperation(double prepared, double executed, double batches) {
        /** A short text for a table cell, for example {@code 2 stmts} or {@code 1,000 stmts in 1 batch}. */
        public String describe() {
            String text = format(executed) + (executed == 1 ? " stmt" : " stmts");
            if (batches > 0) {
                text += " in " + format(batches) + (batches == 1 ? " batch" : " batches");
            }
            return text;
        }

        private static String format(double value) {
            return value == Math.rint(value) ? String.format("%,d", (long) value) : String.format("%,.1f", value);
        }
    }
}
