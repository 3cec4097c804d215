package dev.quarry.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The repository mistakes that {@code docs/guide/repositories.md} shows: each sample under
 * {@code not-compiling/repositories/} fails to compile with the error Quarry's processor reports.
 * Unlike {@link NotCompiling}, which compiles with {@code -proc:none}, these run the processor. Every
 * error javac reports must appear, as a line of its own, on the page.
 */
class RepositoryMistakesTest {
    @Test
    void misspelledProperty() {
        assertProcessorRejects("MisspelledProperty.java",
                "[QRY-E040] findByEmial: no property 'emial' on User; did you mean 'email'?");
    }

    @Test
    void wrongParameterType() {
        assertProcessorRejects("WrongParameterType.java",
                "[QRY-E046] findByAgeGreaterThan: parameter age has type long, but property age needs int;"
                        + " declare the parameter as int");
    }

    @Test
    void unknownColumnInQuery() {
        assertProcessorRejects("UnknownColumn.java", "[QRY-E056] @Query on olderThan names column agee, which users"
                + " does not have; did you mean age?");
    }

    @Test
    void missingModifying() {
        assertProcessorRejects("MissingModifying.java", "[QRY-E061] @Query on deleteYoungerThan changes rows;"
                + " annotate the method with @Modifying and return void, int or long");
    }

    @Test
    void recordComponentMatchesNoColumn() {
        assertProcessorRejects("RecordComponentMismatch.java", "[QRY-E069]", "[QRY-E070]");
    }

    @Test
    void loadWithTypo() {
        assertProcessorRejects("LoadWithTypo.java", "[QRY-E103]", "tag");
    }

    @Test
    void upsertOnAColumnThatIsNotUnique() {
        assertProcessorRejects("UpsertNotUnique.java", "[QRY-E110]", "upsertByEmail");
    }

    /** Compiles the sample with Quarry's processor on the test class path; it must fail with each fragment. */
    private static void assertProcessorRejects(String name, String... expected) {
        Path file = NotCompiling.sample("repositories/" + name);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Path out = Files.createTempDirectory("repository-mistakes");
            String classPath = System.getProperty("java.class.path");
            List<String> options = List.of("-classpath", classPath, "-processorpath", classPath, "-proc:full",
                    "-d", out.toString(), "-s", out.toString(), "--release", "17");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
            assertFalse(compiled, () -> name + " compiled, but the guide says Quarry rejects it");
            String page = Snippets.read(Pages.root().resolve("docs/guide/repositories.md"));
            for (String error : errors) {
                assertTrue(page.contains("\n" + error + "\n"), () -> "repositories.md does not show, on a line of its own,"
                        + " the error javac gives for " + name + ":\n  " + error);
            }
            for (String fragment : expected) {
                assertTrue(errors.stream().anyMatch(error -> error.contains(fragment)),
                        () -> name + ": no error contains \"" + fragment + "\"; javac said:\n  " + String.join("\n  ", errors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
