package dev.quarry.bench;

import dev.quarry.processor.QuarryProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The compile-time cost of Quarry's processor: writes {@value #ENTITIES} entity classes and one
 * {@code @Repository} interface per entity to a temporary directory and compiles them with
 * {@code javax.tools} in three ways, in turn, several times each, in one JVM (javac warm after
 * the first rounds): without annotation processing (the repositories are then plain
 * interfaces); with {@link QuarryProcessor}; and, to separate the processor's own work from
 * compiling what it wrote, the same inputs plus the generated sources without annotation
 * processing. Reports the median of each.
 *
 * <p>Every compilation must succeed without an error or a warning, and every compilation with
 * the processor must generate exactly the expected sources (a metamodel and a mapper per entity,
 * an implementation per repository, the package's {@code Tables}); otherwise the benchmark
 * fails rather than time a broken build.
 *
 * <p>Run alone with {@code java -cp benchmarks/target/benchmarks.jar dev.quarry.bench.ProcessorBenchmark}.
 */
public final class ProcessorBenchmark {
    /** The number of generated entities. */
    public static final int ENTITIES = 200;

    /** The number of generated repositories: one per entity. */
    public static final int REPOSITORIES = ENTITIES;

    private static final String PACKAGE = "bench.entities";
    private static final int WARMUP_ROUNDS = 2;
    private static final int MEASURED_ROUNDS = 7;

    private ProcessorBenchmark() {
    }

    /**
     * Median compile times.
     *
     * @param entities           entities compiled
     * @param repositories       repository interfaces compiled with them, one per entity
     * @param withoutMillis      median javac time without annotation processing
     * @param withMillis         median javac time with Quarry's processor
     * @param pregeneratedMillis median javac time of the same inputs plus the generated sources, without processing
     * @param generatedSources   source files the processor wrote
     * @param rounds             measured compilations of each kind
     */
    public record Result(int entities, int repositories, double withoutMillis, double withMillis,
                         double pregeneratedMillis, int generatedSources, int rounds) {
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
                List<Path> sources = writeSources(root.resolve("src"));
                List<Double> without = new ArrayList<>();
                List<Double> with = new ArrayList<>();
                List<Double> pregenerated = new ArrayList<>();
                List<Path> withGenerated = null;
                for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
                    double plain = compile(sources, root.resolve("plain-" + round), false);
                    double processed = compile(sources, root.resolve("processed-" + round), true);
                    List<Path> generated = checkedGenerated(root.resolve("processed-" + round + "-gen"));
                    if (withGenerated == null) {
                        withGenerated = new ArrayList<>(sources);
                        withGenerated.addAll(generated);
                    }
                    double both = compile(withGenerated, root.resolve("pregenerated-" + round), false);
                    if (round >= WARMUP_ROUNDS) {
                        without.add(plain);
                        with.add(processed);
                        pregenerated.add(both);
                    }
                }
                return new Result(ENTITIES, REPOSITORIES, median(without), median(with), median(pregenerated),
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
        System.out.printf(Locale.ROOT, "%d entities and %d repositories, median of %d compilations:"
                        + " without processor %.0f ms, with Quarry's processor %.0f ms (+%.0f ms, %d generated"
                        + " sources), the same inputs plus the generated sources without processing %.0f ms%n",
                result.entities(), result.repositories(), result.rounds(), result.withoutMillis(),
                result.withMillis(), result.processorMillis(), result.generatedSources(),
                result.pregeneratedMillis());
    }

    private static double compile(List<Path> sources, Path out, boolean process) throws IOException {
        Path classes = Files.createDirectories(out);
        Path generated = Files.createDirectories(out.resolveSibling(out.getFileName() + "-gen"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No system Java compiler: run the benchmark on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
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
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, units);
            if (process) {
                task.setProcessors(List.of(new QuarryProcessor()));
            }
            long start = System.nanoTime();
            boolean ok = task.call();
            long elapsed = System.nanoTime() - start;
            checkClean(ok, diagnostics, process);
            return elapsed / 1e6;
        }
    }

    /** Fails unless javac succeeded without an error or a warning: a broken build is not measured. */
    private static void checkClean(boolean ok, DiagnosticCollector<JavaFileObject> diagnostics, boolean process) {
        List<Diagnostic<? extends JavaFileObject>> problems = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE
                        && diagnostic.getKind() != Diagnostic.Kind.OTHER)
                .toList();
        if (!ok || !problems.isEmpty()) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "Compiling the generated inputs %s Quarry's processor %s (%d errors and warnings):%n%s",
                    process ? "with" : "without", ok ? "gave warnings" : "failed", problems.size(),
                    problems.stream().limit(20).map(Object::toString).collect(Collectors.joining("\n"))));
        }
    }

    /** Writes the entities and their repositories; returns every source file, the entities first. */
    private static List<Path> writeSources(Path dir) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve(PACKAGE.replace('.', '/')));
        List<Path> entities = new ArrayList<>(ENTITIES);
        List<Path> repositories = new ArrayList<>(REPOSITORIES);
        for (int i = 1; i <= ENTITIES; i++) {
            String name = entityName(i);
            entities.add(Files.writeString(pkg.resolve(name + ".java"), entitySource(name, i)));
            repositories.add(Files.writeString(pkg.resolve(name + "Repository.java"), repositorySource(name)));
        }
        List<Path> sources = new ArrayList<>(entities);
        sources.addAll(repositories);
        return sources;
    }

    private static String entityName(int number) {
        return String.format(Locale.ROOT, "Entity%03d", number);
    }

    /** An entity with a generated key, text, numeric and time columns, an index and (after the first) a foreign key. */
    private static String entitySource(String name, int number) {
        String reference = number == 1 ? "" : String.format(Locale.ROOT,
                "    @ForeignKey(value = %s.class, onDelete = ReferentialAction.CASCADE)\n    long parentId;\n",
                entityName(number - 1));
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

    /**
     * A repository as a user writes one: a finder by the unique column, a finder on two columns in
     * an order, a paged finder, a count, an exists check, and a {@code @Query} on the entity's table
     * (by default the class's simple name in snake_case: {@code entity001}).
     */
    private static String repositorySource(String entity) {
        return """
                package bench.entities;

                import dev.quarry.annotation.Query;
                import dev.quarry.annotation.Repository;
                import dev.quarry.repository.CrudRepository;
                import dev.quarry.repository.Page;
                import dev.quarry.repository.PageRequest;
                import java.util.List;
                import java.util.Optional;
                import java.util.UUID;

                @Repository
                public interface %1$sRepository extends CrudRepository<%1$s, Long> {
                    Optional<%1$s> findByCode(String code);

                    List<%1$s> findByNameAndActiveOrderByCreatedAtDesc(String name, boolean active);

                    Page<%1$s> findByQuantityGreaterThanOrderByIdAsc(int quantity, PageRequest page);

                    long countByActive(boolean active);

                    boolean existsByReference(UUID reference);

                    @Query("select * from %2$s where total > :total")
                    List<%1$s> withTotalAbove(long total);
                }
                """.formatted(entity, entity.toLowerCase(Locale.ROOT));
    }

    /**
     * The sources the processor wrote into {@code dir}, once checked to be exactly the expected
     * ones: {@code X_} and {@code X_Mapper} per entity, {@code XRepository_Impl} per repository and
     * the package's {@code Tables}.
     */
    private static List<Path> checkedGenerated(Path dir) throws IOException {
        List<Path> generated = javaFiles(dir);
        Set<String> actual = generated.stream()
                .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = expectedGenerated();
        if (!actual.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> unexpected = new TreeSet<>(actual);
            unexpected.removeAll(expected);
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "Quarry's processor generated %d sources, expected %d; missing %s; unexpected %s",
                    actual.size(), expected.size(), firstTen(missing), firstTen(unexpected)));
        }
        return generated;
    }

    private static Set<String> expectedGenerated() {
        String dir = PACKAGE.replace('.', '/') + "/";
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= ENTITIES; i++) {
            String name = entityName(i);
            expected.add(dir + name + "_.java");
            expected.add(dir + name + "_Mapper.java");
            expected.add(dir + name + "Repository_Impl.java");
        }
        expected.add(dir + "Tables.java");
        return expected;
    }

    private static String firstTen(Set<String> names) {
        return names.stream().limit(10).collect(Collectors.joining(", ", "[", names.size() > 10 ? ", ...]" : "]"));
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
