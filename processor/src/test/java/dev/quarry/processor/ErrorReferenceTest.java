package dev.quarry.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.processor.diagnostic.ErrorMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The error reference, {@code docs/guide/errors.md}: every code of {@link ErrorMessages} has an
 * entry under {@code src/test/resources/errors/} whose example reports the code and whose fix,
 * applying the message's advice, compiles without errors or warnings; every message method is
 * pinned by a test; and the page is the text generated from the entries and the messages the
 * examples produce. Regenerate the page with
 * {@code ./mvnw -pl processor test -Dtest=ErrorReferenceTest -Dquarry.docs.write=true}.
 *
 * <p>An entry is a text file {@code QRY-E001.txt}: header lines {@code title: ...}, optionally
 * {@code note: ...} and {@code pinned-by: TestClass.method}, then sections {@code --- example
 * File.java}, {@code --- fix File.java} (replaces or adds a file of the example) and {@code ---
 * remove File.java} (drops a file of the example), each followed by the file's text.
 */
class ErrorReferenceTest {
    private static final String WRITE_PROPERTY = "quarry.docs.write";
    private static final String REGENERATE =
            "./mvnw -pl processor test -Dtest=ErrorReferenceTest -D" + WRITE_PROPERTY + "=true";
    private static final Path BASE = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath();
    private static final Path MESSAGES =
            BASE.resolve("src/main/java/dev/quarry/processor/diagnostic/ErrorMessages.java");
    private static final Path TESTS = BASE.resolve("src/test/java");
    private static final Path CATALOGUE = BASE.resolve("src/test/resources/errors");
    private static final Path PAGE = BASE.resolve("../docs/guide/errors.md").normalize();

    /**
     * The codes no source can trigger on its own (another processor or a failing file system or
     * Quarry bug is needed), each with its message as the page shows it; their entries name the
     * test that pins them ({@code pinned-by}).
     */
    private static final Map<String, String> NOT_TRIGGERABLE = new TreeMap<>(Map.of(
            "QRY-E030", ErrorMessages.lateEntity("Invoice", "com.example.billing.Tables"),
            "QRY-E033", ErrorMessages.internalError("com.example.shop.Order",
                    "java.lang.IllegalStateException: <what went wrong>\n"
                            + "\tat dev.quarry.processor.<where it went wrong>\n\t..."),
            "QRY-E034", ErrorMessages.writeFailed("com.example.shop.Order_Mapper", "No space left on device")));

    private static final Pattern CODE = Pattern.compile("\\[(QRY-[EW]\\d{3})]");
    private static final Pattern METHOD = Pattern.compile("public static String (\\w+)\\(");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    /** Lazily compiled once for the whole class: the code of each entry and what its compilations gave. */
    private static Map<String, Result> results;

    record SourceFile(String name, String qualifiedName, String text) {
        JavaFileObject toObject() {
            return JavaFileObjects.forSourceString(qualifiedName, text);
        }
    }

    record Entry(String code, String title, String note, String pinnedBy, List<SourceFile> example,
            List<SourceFile> fix, List<String> removed) {
        boolean warning() {
            return code.startsWith("QRY-W");
        }

        /** The example's files with the fix applied: replaced, added and removed files. */
        List<SourceFile> fixed() {
            Map<String, SourceFile> files = new LinkedHashMap<>();
            example.forEach(f -> files.put(f.name(), f));
            removed.forEach(files::remove);
            fix.forEach(f -> files.put(f.name(), f));
            return List.copyOf(files.values());
        }
    }

    /** The message the example reported (null if none) and the problems found. */
    record Result(Entry entry, String message, List<String> problems) {
    }

    @Test
    void everyCodeHasAnEntryAndEveryEntryACode() {
        Set<String> codes = new TreeSet<>(codesByMethod().values().stream().flatMap(List::stream).toList());
        Set<String> entries = new TreeSet<>(catalogue().keySet());

        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(entries);
        Set<String> stray = new TreeSet<>(entries);
        stray.removeAll(codes);
        assertTrue(missing.isEmpty(), "codes without an entry in " + CATALOGUE + ": " + missing
                + " (add QRY-Xnnn.txt with a title, an example and a fix)");
        assertTrue(stray.isEmpty(), "entries for codes ErrorMessages does not have: " + stray);
    }

    @Test
    void everyMessageMethodIsPinnedByATest() {
        Pattern byMethod = Pattern.compile("had(?:Error|Warning)Containing\\(\\s*(?:ErrorMessages\\.)?(\\w+)\\(");
        Pattern byCode = Pattern.compile("had(?:Error|Warning)Containing\\(\\s*\"\\[(QRY-[EW]\\d{3})]");
        Set<String> methods = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (String text : testSources().values()) {
            byMethod.matcher(text).results().forEach(m -> methods.add(m.group(1)));
            byCode.matcher(text).results().forEach(m -> codes.add(m.group(1)));
        }
        List<String> unpinned = new ArrayList<>();
        codesByMethod().forEach((method, methodCodes) -> {
            if (!methods.contains(method) && methodCodes.stream().noneMatch(codes::contains)) {
                unpinned.add(method + " " + methodCodes);
            }
        });
        assertTrue(unpinned.isEmpty(), "ErrorMessages methods no test pins with hadErrorContaining or"
                + " hadWarningContaining (add one to the matching *ValidationTest): " + unpinned);
    }

    @Test
    void untriggerableCodesNameTheTestThatPinsThem() {
        Map<String, Entry> catalogue = catalogue();
        Set<String> pinnedBy = catalogue.values().stream().filter(e -> e.pinnedBy() != null).map(Entry::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(NOT_TRIGGERABLE.keySet(), pinnedBy,
                "only the codes in NOT_TRIGGERABLE may go without an example (pinned-by)");
        Map<String, String> sources = testSources();
        for (String code : NOT_TRIGGERABLE.keySet()) {
            Entry entry = catalogue.get(code);
            assertTrue(entry.example().isEmpty() && entry.fix().isEmpty(), code + " has pinned-by and sources");
            String[] test = entry.pinnedBy().split("\\.");
            String text = sources.get(test[0]);
            assertTrue(text != null && text.contains("void " + test[1] + "("), code + ": no test " + entry.pinnedBy());
            String method = codesByMethod().entrySet().stream().filter(e -> e.getValue().contains(code))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            assertTrue(text.contains("ErrorMessages." + method + "(") || text.contains("\"[" + code + "]"),
                    entry.pinnedBy() + " does not pin " + code);
        }
    }

    @Test
    void examplesReportTheirCodeAndFixesCompileClean() {
        List<String> problems = results().values().stream().flatMap(r -> r.problems().stream()).toList();
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + CATALOGUE + ":\n"
                + String.join("\n", problems));
    }

    @Test
    void pageIsGeneratedFromTheCatalogue() throws IOException {
        String page = page(results());
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, page, StandardCharsets.UTF_8);
            return;
        }
        String current = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        if (!current.equals(page)) {
            fail(PAGE + " is not the page generated from " + CATALOGUE + " and ErrorMessages; regenerate it with "
                    + REGENERATE);
        }
    }

    // ---- compiling the catalogue

    /**
     * Compiles the examples together in one compilation and the fixes in another: their packages
     * differ and see nothing of each other, so an example reports in its files what it reports
     * alone, and the fixes are clean together only if each is. Entries with {@code @Query} SQL,
     * which Quarry checks against every entity of a compilation (and whose messages list them),
     * are compiled alone; so is an example whose code the batch did not report in its files, and
     * every fix when the batch of fixes is not clean, to tell which one failed.
     */
    private static synchronized Map<String, Result> results() {
        if (results == null) {
            Map<String, Entry> catalogue = catalogue();
            List<Entry> batched = catalogue.values().stream()
                    .filter(e -> e.pinnedBy() == null && !e.example().isEmpty())
                    .filter(e -> concat(e.example(), e.fixed()).stream().noneMatch(f -> f.text().contains("@Query")))
                    .toList();
            ExecutorService pool = Executors.newFixedThreadPool(
                    Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
            try {
                Map<JavaFileObject, Entry> exampleFiles = new LinkedHashMap<>();
                Map<Entry, List<JavaFileObject>> examples = new LinkedHashMap<>();
                for (Entry entry : batched) {
                    List<JavaFileObject> files = entry.example().stream().map(SourceFile::toObject).toList();
                    files.forEach(f -> exampleFiles.put(f, entry));
                    examples.put(entry, files);
                }
                Future<Compilation> exampleBatch = pool.submit(() -> Compilers.quarry()
                        .compile(List.copyOf(exampleFiles.keySet())));
                Future<Boolean> fixBatch = pool.submit(() -> clean(Compilers.quarry().compile(batched.stream()
                        .flatMap(e -> e.fixed().stream()).map(SourceFile::toObject).toList())));
                Compilation batch = exampleBatch.get();
                boolean fixesClean = fixBatch.get();
                Map<String, Future<Result>> futures = new TreeMap<>();
                for (Entry entry : catalogue.values()) {
                    Optional<String> message = examples.containsKey(entry)
                            ? message(entry, batch, examples.get(entry)) : Optional.empty();
                    boolean fixChecked = examples.containsKey(entry) && fixesClean;
                    futures.put(entry.code(), pool.submit(() -> compile(entry, message, !fixChecked)));
                }
                Map<String, Result> compiled = new TreeMap<>();
                for (Map.Entry<String, Future<Result>> future : futures.entrySet()) {
                    compiled.put(future.getKey(), future.getValue().get());
                }
                results = compiled;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return results;
    }

    /**
     * Checks the entry's form; compiles its example alone unless {@code batchMessage} holds the
     * message already, and its fix alone if {@code checkFix}.
     */
    private static Result compile(Entry entry, Optional<String> batchMessage, boolean checkFix) {
        String code = entry.code();
        List<String> problems = new ArrayList<>();
        if (entry.title() == null || entry.title().isBlank()) {
            problems.add(code + ": no title");
        }
        if (entry.pinnedBy() != null) {
            return new Result(entry, NOT_TRIGGERABLE.get(code), problems);
        }
        if (entry.example().isEmpty() || (entry.fix().isEmpty() && entry.removed().isEmpty())) {
            problems.add(code + ": needs an example and a fix");
            return new Result(entry, null, problems);
        }
        String pkg = "com.example." + code.substring(4).toLowerCase(Locale.ROOT);
        for (SourceFile file : concat(entry.example(), entry.fix())) {
            if (!file.qualifiedName().startsWith(pkg + ".")) {
                problems.add(code + ": " + file.name() + " is not in package " + pkg + " (or one under it)");
            }
        }
        Optional<String> message = batchMessage;
        if (message.isEmpty()) {
            List<JavaFileObject> example = entry.example().stream().map(SourceFile::toObject).toList();
            Compilation compilation = Compilers.quarry().compile(example);
            message = message(entry, compilation, example);
            if (message.isEmpty()) {
                problems.add(code + ": the example reported no " + (entry.warning() ? "warning" : "error") + " "
                        + code + " in its files; it reported:\n    " + describe(compilation));
            }
        }
        if (checkFix) {
            problems.addAll(fixProblems(entry));
        }
        return new Result(entry, message.orElse(null), problems);
    }

    /** The first message of the entry's code that the compilation reported in {@code files}, from the ID on. */
    private static Optional<String> message(Entry entry, Compilation compilation, List<JavaFileObject> files) {
        String id = "[" + entry.code() + "]";
        return compilation.diagnostics().stream()
                .filter(d -> entry.warning()
                        ? d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING
                        : d.getKind() == Diagnostic.Kind.ERROR)
                .filter(d -> files.contains(d.getSource()))
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.contains(id))
                .map(m -> m.substring(m.indexOf(id)))
                .findFirst();
    }

    /** Compiles the fix alone: it must compile without errors or warnings. */
    private static List<String> fixProblems(Entry entry) {
        Compilation fixed = Compilers.quarry().compile(entry.fixed().stream().map(SourceFile::toObject).toList());
        return clean(fixed) ? List.of()
                : List.of(entry.code() + ": the fix does not compile clean:\n    " + describe(fixed));
    }

    private static boolean clean(Compilation compilation) {
        return compilation.errors().isEmpty() && compilation.warnings().isEmpty();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String describe(Compilation compilation) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE) {
                lines.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":"
                        + d.getLineNumber() + " ") + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
            }
        }
        return lines.isEmpty() ? "nothing" : String.join("\n    ", lines);
    }

    // ---- reading the messages, the tests and the catalogue

    /** Each public message method of ErrorMessages with the codes its text holds, in source order. */
    private static Map<String, List<String>> codesByMethod() {
        String text = read(MESSAGES);
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Matcher method = METHOD.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (method.find()) {
            starts.add(method.start());
            names.add(method.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            String body = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            codes.put(names.get(i), CODE.matcher(body).results().map(m -> m.group(1)).distinct().toList());
        }
        return codes;
    }

    /** The test sources by simple class name, without this class (whose patterns would match themselves). */
    private static Map<String, String> testSources() {
        try (Stream<Path> files = Files.walk(TESTS)) {
            Map<String, String> sources = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (!name.equals(ErrorReferenceTest.class.getSimpleName())) {
                    sources.put(name, read(file));
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of the catalogue by code. */
    static Map<String, Entry> catalogue() {
        try (Stream<Path> files = Files.list(CATALOGUE)) {
            Map<String, Entry> entries = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Entry entry = parse(file);
                entries.put(entry.code(), entry);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry parse(Path file) {
        String code = file.getFileName().toString().replace(".txt", "");
        Map<String, String> header = new TreeMap<>();
        List<SourceFile> example = new ArrayList<>();
        List<SourceFile> fix = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> lines = read(file).lines().toList();
        int i = 0;
        for (; i < lines.size() && !lines.get(i).startsWith("--- "); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(file + ": header line without key: " + line);
                }
                header.merge(line.substring(0, colon).trim(), line.substring(colon + 1).trim(), (a, b) -> a + " " + b);
            }
        }
        while (i < lines.size()) {
            String[] section = lines.get(i).substring(4).trim().split("\\s+");
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("--- ")) {
                end++;
            }
            String body = String.join("\n", lines.subList(i + 1, end)).strip() + "\n";
            switch (section[0]) {
                case "example" -> example.add(sourceFile(file, section[1], body));
                case "fix" -> fix.add(sourceFile(file, section[1], body));
                case "remove" -> removed.add(section[1]);
                default -> throw new IllegalArgumentException(file + ": unknown section " + section[0]);
            }
            i = end;
        }
        return new Entry(code, header.get("title"), header.get("note"), header.get("pinned-by"), List.copyOf(example),
                List.copyOf(fix), List.copyOf(removed));
    }

    private static SourceFile sourceFile(Path entry, String name, String text) {
        Matcher pkg = PACKAGE.matcher(text);
        if (!pkg.find() || !name.endsWith(".java")) {
            throw new IllegalArgumentException(entry + ": " + name + " needs a package declaration and a .java name");
        }
        return new SourceFile(name, pkg.group(1) + "." + name.substring(0, name.length() - ".java".length()), text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the page

    private static String page(Map<String, Result> results) {
        StringBuilder page = new StringBuilder();
        page.append("# Error reference\n\n")
                .append("<!-- Generated by ErrorReferenceTest from processor/src/test/resources/errors/ and the"
                        + " messages the processor reports. Do not edit: change the catalogue or ErrorMessages, then"
                        + " run ").append(REGENERATE).append(" -->\n\n")
                .append("Quarry's annotation processor checks entities and repositories while javac compiles them."
                        + " Each problem it finds is a compiler error or warning whose text starts with a stable ID:"
                        + " `QRY-Ennn` for errors, which fail the build, and `QRY-Wnnn` for warnings. The rest of the"
                        + " message names the annotation or method at fault and says how to fix it.\n\n")
                .append("Warnings can be silenced with `@SuppressWarnings(\"quarry\")` on the element they are"
                        + " reported on (a field, a method) or on a class around it.\n\n")
                .append("Below is every code, with the message as javac prints it, a small example that triggers it"
                        + " and the same example fixed by following the message's advice. Each example and fix is"
                        + " compiled by Quarry's test suite, so they stay true. For setting Quarry up, see the"
                        + " [README](../../README.md).\n\n");
        page.append("## Index\n\n| Code | Problem |\n| --- | --- |\n");
        for (Result result : results.values()) {
            String code = result.entry().code();
            page.append("| [").append(code).append("](#").append(code.toLowerCase(Locale.ROOT)).append(") | ")
                    .append(result.entry().title().replace("|", "\\|")).append(" |\n");
        }
        appendSection(page, "Errors", results, false);
        appendSection(page, "Warnings", results, true);
        return page.toString();
    }

    private static void appendSection(StringBuilder page, String heading, Map<String, Result> results,
            boolean warnings) {
        page.append("\n## ").append(heading).append('\n');
        for (Result result : results.values()) {
            Entry entry = result.entry();
            if (entry.warning() != warnings) {
                continue;
            }
            page.append("\n### ").append(entry.code()).append("\n\n**").append(entry.title()).append("**\n\n");
            if (entry.note() != null) {
                page.append(entry.note()).append("\n\n");
            }
            page.append("Message:\n\n```text\n").append(result.message() == null ? "(none)" : result.message())
                    .append("\n```\n");
            if (entry.pinnedBy() != null) {
                page.append("\nNo example here: plain source cannot trigger it. The test `")
                        .append(entry.pinnedBy()).append("` reproduces it.\n");
                continue;
            }
            page.append("\nExample:\n");
            appendFiles(page, entry.example());
            page.append("\nFix:\n");
            for (String removed : entry.removed()) {
                page.append("\nRemove `").append(removed).append("`.\n");
            }
            appendFiles(page, entry.fix());
        }
    }

    private static void appendFiles(StringBuilder page, List<SourceFile> files) {
        for (SourceFile file : files) {
            page.append("\n`").append(file.name()).append("`:\n\n```java\n").append(file.text()).append("```\n");
        }
    }
}
