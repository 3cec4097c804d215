package dev.quarry.bench;

import dev.quarry.bench.StatementCounts.PerOperation;
import dev.quarry.bench.contender.ContenderKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run measured: time per operation and statements per operation for each
 * scenario and contender, the processor comparison, and where it ran.
 *
 * @param contenders the contenders measured, in report order
 * @param scenarios  the scenarios measured, in report order
 * @param times      mean time per operation, by scenario and contender
 * @param statements statements per operation, by scenario and contender
 * @param allocation bytes allocated per operation of scenario 8 ({@code gc.alloc.rate.norm} of JMH's
 *                   {@code -prof gc}), by contender; empty when not measured
 * @param processor  the processor comparison, if it was run
 * @param machine    where and how it ran
 */
public record Results(
        List<ContenderKind> contenders,
        List<Scenario> scenarios,
        Map<Scenario, Map<ContenderKind, Time>> times,
        Map<Scenario, Map<ContenderKind, PerOperation>> statements,
        Map<ContenderKind, Bytes> allocation,
        Optional<ProcessorBenchmark.Result> processor,
        Machine machine) {

    /**
     * An allocation figure of JMH's GC profiler.
     *
     * @param perOperation mean bytes allocated per operation
     * @param error        the half-width of JMH's 99.9% confidence interval ({@code NaN} with too few samples)
     */
    public record Bytes(double perOperation, double error) {
    }

    /**
     * A JMH score.
     *
     * @param micros mean microseconds per operation
     * @param error  the half-width of JMH's 99.9% confidence interval, in microseconds ({@code NaN} with too few samples)
     */
    public record Time(double micros, double error) {
    }

    /**
     * The environment of a run.
     *
     * @param date       the run's date (UTC)
     * @param jdk        the JDK
     * @param cpu        the CPU model
     * @param cores      available processors
     * @param memoryGiB  total memory
     * @param os         the operating system
     * @param database   the database server version
     * @param settings   the JMH settings used
     */
    public record Machine(String date, String jdk, String cpu, int cores, double memoryGiB, String os,
                          String database, String settings) {
    }

    /** The time of a contender in a scenario, if measured. */
    public Optional<Time> time(Scenario scenario, ContenderKind kind) {
        return Optional.ofNullable(times.getOrDefault(scenario, Map.of()).get(kind));
    }

    /** The statements of a contender in a scenario, if counted. */
    public Optional<PerOperation> statements(Scenario scenario, ContenderKind kind) {
        return Optional.ofNullable(statements.getOrDefault(scenario, Map.of()).get(kind));
    }

    /** The ratio of a contender's time to hand-written JDBC's in the same scenario, if both were measured. */
    public Optional<Double> ratio(Scenario scenario, ContenderKind kind) {
        Optional<Time> floor = time(scenario, ContenderKind.JDBC);
        return time(scenario, kind).flatMap(time -> floor.map(jdbc -> time.micros() / jdbc.micros()));
    }

    /**
     * Bytes allocated per entity the contender tracks in scenario 8, beyond hand-written JDBC's:
     * the difference of the two allocations per operation divided by the {@value Workload#PAGE}
     * objects loaded.
     */
    public Optional<Double> allocationPerEntity(ContenderKind kind) {
        Bytes own = allocation.get(kind);
        Bytes floor = allocation.get(ContenderKind.JDBC);
        if (own == null || floor == null) {
            return Optional.empty();
        }
        return Optional.of((own.perOperation() - floor.perOperation()) / Workload.PAGE);
    }

    /** An empty time table to fill. */
    static Map<Scenario, Map<ContenderKind, Time>> newTimes() {
        return new EnumMap<>(Scenario.class);
    }
}
