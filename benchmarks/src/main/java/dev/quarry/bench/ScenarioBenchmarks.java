package dev.quarry.bench;

import dev.quarry.bench.contender.Contender;
import dev.quarry.bench.contender.ContenderKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The scenarios of {@link Scenario}, one JMH method each, for every contender (the
 * {@code contender} parameter). Each fork prepares the database, creates one contender with its
 * pool, and removes inserted rows after every iteration so that all iterations see the same
 * tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
    "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScenarioBenchmarks {
    /** The contender measured: jdbc, quarry, quarry-repository, jdbi, jooq or hibernate. */
    @Param({"jdbc", "quarry", "quarry-repository", "jdbi", "jooq", "hibernate"})
    public String contender;

    private final Workload workload = new Workload();
    private Contender subject;

    /** Prepares the database and creates the contender. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase.prepare();
        subject = ContenderKind.of(contender).create();
        workload.posts1000();
    }

    /**
     * Removes the rows inserted during the iteration; after scenario 8, also gives the changed
     * users their seeded bios back (the other scenarios' iterations run as before).
     */
    @TearDown(Level.Iteration)
    public void removeInsertedRows(BenchmarkParams params) {
        BenchDatabase.removeInsertedRows();
        if (params.getBenchmark().endsWith("." + Scenario.LOAD_CHANGE_FLUSH.method())) {
            BenchDatabase.restoreUpdatedRows();
        }
    }

    /** Closes the contender and its pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        subject.close();
    }

    /** Scenario 1. */
    @Benchmark
    public Object s1ReadByKey() {
        return Scenario.READ_BY_KEY.run(subject, workload);
    }

    /** Scenario 2. */
    @Benchmark
    public Object s2Read1000() {
        return Scenario.READ_1000.run(subject, workload);
    }

    /** Scenario 3. */
    @Benchmark
    public Object s3Insert1000() {
        return Scenario.INSERT_1000.run(subject, workload);
    }

    /** Scenario 4. */
    @Benchmark
    public Object s4Graph() {
        return Scenario.GRAPH.run(subject, workload);
    }

    /** Scenario 5. */
    @Benchmark
    public Object s5UpdateByKey() {
        return Scenario.UPDATE_BY_KEY.run(subject, workload);
    }

    /** Scenario 6: a few long operations per iteration. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 4, time = 1)
    public Object s6BulkLoad() {
        return Scenario.BULK_LOAD.run(subject, workload);
    }

    /** Scenario 7. */
    @Benchmark
    public Object s7Projection() {
        return Scenario.PROJECTION.run(subject, workload);
    }

    /** Scenario 8. */
    @Benchmark
    public Object s8LoadChangeFlush() {
        return Scenario.LOAD_CHANGE_FLUSH.run(subject, workload);
    }
}
