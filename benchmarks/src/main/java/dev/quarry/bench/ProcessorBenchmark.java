package dev.quarry.bench;

import dev.quarry.processor.QuarryProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The compile-time cost of Quarry's processor: writes {@value #ENTITIES} entity classes to a
 * temporary directory and compiles them with {@code javax.tools} in three ways, in turn, several
 * times each, in one JVM (javac warm after the first rounds): without annotation processing;
 * with {@link QuarryProcessor}; and, to separate the processor's own work from compiling what
 * it wrote, the entities plus the generated sources without annotation processing. Reports the
 * median of each.
 *
 * <p>Run alone with {@code java -cp benchmarks/target/benchmarks.jar dev.quarry.bench.ProcessorBenchmark}.
 */
public final class ProcessorBenchmark {
    /** The number of generated entities. */
    public static final int ENTITIES = 200;

    private static final int WARMUP_ROUNDS = 2;
    private static final int MEASURED_ROUNDS = 7;

    private ProcessorBenchmark() {
    }

    /**
     * Median compile times.
     *
     * @param entities          entities compiled
     * @param withoutMillis     median javac time without annotation processing
     * @param withMillis        median javac time with Quarry's processor
     * @param pregeneratedMillis median javac time of the entities plus the generated sources, without processing
     * @param generatedSources  source files the processor wrote
     * @param rounds            measured compilations of each kind
     */
    public record Result(int entities, double withoutMillis, double withMillis, double pregeneratedMillis,
                         int generatedSources, int rounds) {
        /** The time the processor adds to the build. */
        public double processorMillis() {
            return withMillis - withoutMillis;
        }

        /** The part of {@link #processorMillis()} spent in the processor itself, not in compiling its output. */
        public double processingOnlyMillis() {
            return withMillis - pregeneratedMillis;
        }
    }

    /** Runs the comparison. */
    public static Result run() {
        try {
            Path root = Files.createTempDirectory("quarry-processor-bench");
            try {
                List<Path> sources = writeEntities(root.resolve("src"));
                List<Double> without = new ArrayList<>();
                List<Double> with = new ArrayList<>();
                List<Double> pregenerated = new ArrayList<>();
                List<Path> withGenerated = null;
                for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
                    double plain = compile(sources, root.resolve("plain-" + round), false);
                    double processed = compile(sources, root.resolve("processed-" + round), true);
                    if (withGenerated == null) {
                        withGenerated = new ArrayList<>(sources);
                        withGenerated.addAll(javaFiles(root.resolve("processed-" + round + "-gen")));
                    }
                    double both = compile(withGenerated, root.resolve("pregenerated-" + round), false);
                    if (round >= WARMUP_ROUNDS) {
                        without.add(plain);
                        with.add(processed);
                        pregenerated.add(both);
                    }
                }
                return new Result(ENTITIES, median(without), median(with), median(pregenerated),
                        withGenerated.size() - sources.size(), MEASURED_ROUNDS);
            } finally {
                delete(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the comparison. */
    public static void main(String[] args) {
        Result result = run();
        System.out.printf(Locale.ROOT, "%d entities, median of %d compilations: without processor %.0f ms,"
                        + " with Quarry's processor %.0f ms (+%.0f ms, %d generated sources),"
                        + " entities plus generated sources without processing %.0f ms%n",
                result.entities(), result.rounds(), result.withoutMillis(), result.withMillis(),
                result.processorMillis(), result.generatedSources(), result.pregeneratedMillis());
    }

    private static double compile(List<Path> sources, Path out, boolean process) throws IOException {
        Path classes = Files.createDirectories(out);
        Path generated = Files.createDirectories(out.resolveSibling(out.getFileName() + "-gen"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No system Java compiler: run the benchmark on a JDK, not a JRE");
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            List<String> options = new ArrayList<>(List.of(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(),
                    "-s", generated.toString(),
                    "--release", "17",
                    "-implicit:none"));
            if (!process) {
                options.add("-proc:none");
            }
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null, units);
            if (process) {
                task.setProcessors(List.of(new QuarryProcessor()));
            }
            long start = System.nanoTime();
            boolean ok = task.call();
            long elapsed = System.nanoTime() - start;
            if (!ok) {
                throw new IllegalStateException("Compilation of the generated entities failed:\n" + diagnostics);
            }
            return elapsed / 1e6;
        }
    }

    private static List<Path> writeEntities(Path dir) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("bench/entities"));
        List<Path> sources = new ArrayList<>(ENTITIES);
        for (int i = 1; i <= ENTITIES; i++) {
            String name = String.format(Locale.ROOT, "Entity%03d", i);
            Path file = pkg.resolve(name + ".java");
            Files.writeString(file, entitySource(name, i));
            sources.add(file);
        }
        return sources;
    }

    /** An entity with a generated key, text, numeric and time columns, an index and (after the first) a foreign key. */
    private static String entitySource(String name, int number) {
        String reference = number == 1 ? "" : String.format(Locale.ROOT,
                "    @ForeignKey(value = Entity%03d.class, onDelete = ReferentialAction.CASCADE)\n    long parentId;\n",
                number - 1);
        return """
                package bench.entities;

                import dev.quarry.annotation.Column;
                import dev.quarry.annotation.Entity;
                import dev.quarry.annotation.ForeignKey;
                import dev.quarry.annotation.GeneratedValue;
                import dev.quarry.annotation.Id;
                import dev.quarry.annotation.Index;
                import dev.quarry.annotation.Nullable;
                import dev.quarry.annotation.ReferentialAction;
                import java.math.BigDecimal;
                import java.time.Instant;
                import java.time.LocalDate;
                import java.util.UUID;

                @Entity
                @Index(columns = {"name", "createdAt"})
                public class %1$s {
                    @Id @GeneratedValue Long id;
                    @Column(length = 100) String name;
                    @Column(length = 255, unique = true) String code;
                    @Nullable @Column(length = 500) String description;
                    int quantity;
                    long total;
                    boolean active;
                    @Column(precision = 12, scale = 2) BigDecimal price;
                    @Nullable LocalDate validUntil;
                    UUID reference;
                    @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt;
                %2$s
                    public String getName() {
                        return name;
                    }
                }
                """.formatted(name, reference);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
