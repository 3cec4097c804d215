package dev.quarry.bench;

import dev.quarry.bench.Results.Bytes;
import dev.quarry.bench.contender.ContenderKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures what scenario 8 allocates per operation, with JMH's GC profiler ({@code -prof gc},
 * its {@code gc.alloc.rate.norm}), in a short run of its own so that the profiler does not touch
 * the timed runs: one fork per contender, {@value #WARMUP} warm-up and {@value #MEASURED}
 * measured iterations of 1 s. Allocation per operation depends little on the machine's load (it
 * moves with how far the JIT got: allow the warm-up), so a short run suffices.
 */
final class AllocationRun {
    static final int WARMUP = 5;
    static final int MEASURED = 3;
    /** The command that measures the same by hand, for the report. */
    static final String COMMAND = "java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main"
            + " 'ScenarioBenchmarks.s8LoadChangeFlush' -p contender=jdbc,quarry,hibernate -f 1 -wi " + WARMUP
            + " -i " + MEASURED + " -prof gc";

    private static final String NORM = "gc.alloc.rate.norm";

    private AllocationRun() {
    }

    /** Bytes allocated per operation of scenario 8, by contender. */
    static Map<ContenderKind, Bytes> measure(List<ContenderKind> contenders, boolean quick) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ScenarioBenchmarks.class.getName() + "\\." + Scenario.LOAD_CHANGE_FLUSH.method() + "$")
                .param("contender", contenders.stream().map(ContenderKind::id).toArray(String[]::new))
                .jvmArgsPrepend("-D" + BenchDatabase.URL_PROPERTY + "=" + BenchDatabase.server())
                .addProfiler(GCProfiler.class)
                .forks(1)
                .warmupIterations(quick ? 0 : WARMUP)
                .measurementIterations(quick ? 1 : MEASURED)
                .measurementTime(quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1));
        Collection<RunResult> runs = new Runner(options.build()).run();
        Map<ContenderKind, Bytes> bytes = new EnumMap<>(ContenderKind.class);
        for (RunResult run : runs) {
            ContenderKind kind = ContenderKind.of(run.getParams().getParam("contender"));
            for (Map.Entry<String, Result> secondary : run.getSecondaryResults().entrySet()) {
                if (secondary.getKey().endsWith(NORM)) {
                    bytes.put(kind, new Bytes(secondary.getValue().getScore(), secondary.getValue().getScoreError()));
                }
            }
        }
        return bytes;
    }
}
