package dev.quarry.bench;

import dev.quarry.bench.Results.Machine;
import dev.quarry.bench.Results.Time;
import dev.quarry.bench.contender.ContenderKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole comparison and writes the report: counts statements per operation, runs the
 * JMH scenarios, runs the processor benchmark, then writes {@code benchmarks.json} (JMH's JSON),
 * {@code benchmarks.md} and {@code benchmarks.svg} to the output directory.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [options]
 *   --out DIR              output directory (default: docs; with --quick: benchmarks/target/quick)
 *   --quick                smoke run: no warm-up, one 200 ms iteration per benchmark
 *   --scenarios a,b        JMH methods to run (default: all), e.g. s1ReadByKey,s4Graph
 *   --contenders a,b       contenders to run (default: jdbc,quarry,jdbi,jooq,hibernate)
 *   --skip-processor       do not run the processor benchmark
 *   --skip-memory          do not measure scenario 8's allocation with JMH's GC profiler
 * </pre>
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    /** Runs the benchmarks and writes the report; see the class comment for the options. */
    public static void main(String[] args) throws IOException, RunnerException {
        boolean quick = false;
        boolean skipProcessor = false;
        boolean skipMemory = false;
        Path out = null;
        List<Scenario> scenarios = List.of(Scenario.values());
        List<ContenderKind> contenders = List.of(ContenderKind.values());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--skip-processor" -> skipProcessor = true;
                case "--skip-memory" -> skipMemory = true;
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--scenarios" -> scenarios = Arrays.stream(value(args, ++i, "--scenarios").split(","))
                        .map(String::trim).map(Scenario::ofMethod).sorted().toList();
                case "--contenders" -> contenders = Arrays.stream(value(args, ++i, "--contenders").split(","))
                        .map(String::trim).map(ContenderKind::of).sorted().toList();
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --out DIR, --quick, --scenarios a,b, --contenders a,b, --skip-processor, --skip-memory");
            }
        }
        if (out == null) {
            out = Path.of(quick ? "benchmarks/target/quick" : "docs");
        }
        Files.createDirectories(out);

        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("org.jboss.logging.provider", "slf4j");
        BenchDatabase.prepare();
        System.out.println("PostgreSQL: " + redacted(BenchDatabase.server()));
        System.out.println("Counting statements per operation...");
        var statements = StatementCounts.measure(contenders, scenarios);

        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ScenarioBenchmarks.class.getName() + "\\.(" + scenarios.stream().map(Scenario::method)
                        .collect(Collectors.joining("|")) + ")$")
                .param("contender", contenders.stream().map(ContenderKind::id).toArray(String[]::new))
                // the forks use the server found here (an embedded one lives as long as this JVM)
                .jvmArgsPrepend("-D" + BenchDatabase.URL_PROPERTY + "=" + BenchDatabase.server())
                .result(out.resolve("benchmarks.json").toString())
                .resultFormat(ResultFormatType.JSON);
        String settings = "1.37; average time; 2 forks per benchmark; 8 warm-up and 5 measured iterations of 1 s each"
                + " (bulk load: 1 and 4)";
        if (quick) {
            options.forks(1).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200));
            settings = "1.37; average time; quick smoke run: no warm-up, one 200 ms iteration (not for comparison)";
        }
        Collection<RunResult> runs = new Runner(options.build()).run();

        var times = Results.newTimes();
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark();
            Scenario scenario = Scenario.ofMethod(benchmark.substring(benchmark.lastIndexOf('.') + 1));
            ContenderKind kind = ContenderKind.of(run.getParams().getParam("contender"));
            times.computeIfAbsent(scenario, s -> new EnumMap<>(ContenderKind.class))
                    .put(kind, new Time(run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()));
        }

        Map<ContenderKind, Results.Bytes> allocation = Map.of();
        if (!skipMemory && scenarios.contains(Scenario.LOAD_CHANGE_FLUSH)) {
            System.out.println("Measuring the allocation of scenario 8 (-prof gc)...");
            allocation = AllocationRun.measure(contenders, quick);
        }

        Optional<ProcessorBenchmark.Result> processor = Optional.empty();
        if (!skipProcessor) {
            System.out.println("Measuring the annotation processor...");
            processor = Optional.of(ProcessorBenchmark.run());
        }

        Results results = new Results(contenders, scenarios, times, statements, allocation, processor,
                machine(settings));
        Files.writeString(out.resolve("benchmarks.md"), MarkdownReport.render(results));
        Files.writeString(out.resolve("benchmarks.svg"), SvgChart.render(results));
        System.out.println("Wrote " + out.resolve("benchmarks.md") + ", benchmarks.svg and benchmarks.json");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Machine machine(String settings) {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        return new Machine(date, jdk, procInfo("/proc/cpuinfo", "model name").orElse("unknown CPU"),
                Runtime.getRuntime().availableProcessors(), memoryGiB(), os, databaseVersion(), settings);
    }

    private static Optional<String> procInfo(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return Optional.of(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static double memoryGiB() {
        return procInfo("/proc/meminfo", "MemTotal")
                .map(text -> Long.parseLong(text.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)
                .orElse(Double.NaN);
    }

    /** The URL without its password, for the console. */
    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String databaseVersion() {
        try (Connection connection = DriverManager.getConnection(BenchDatabase.url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return "PostgreSQL " + rows.getString(1).split(" ")[0];
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }
}
