package dev.quarry.docs;

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

/**
 * Compiles a sample that the guide shows as a mistake the compiler catches, and checks that javac
 * rejects it for the reason the guide gives. The samples live in
 * {@code docs/src/test/resources/not-compiling/}, outside the test sources, and see the test class
 * path (the blog model and its generated metamodels included).
 */
final class NotCompiling {
    private NotCompiling() {
    }

    /** The file {@code relative} under {@code docs/src/test/resources/not-compiling/}. */
    static Path sample(String relative) {
        Path file = Pages.root().resolve("docs/src/test/resources/not-compiling").resolve(relative);
        assertTrue(Files.isRegularFile(file), () -> "no such sample: " + file);
        return file;
    }

    /**
     * Asserts that {@code file} fails to compile with an error containing each of
     * {@code expectedErrors}, and returns the errors javac reported.
     */
    static List<String> assertRejected(Path file, String... expectedErrors) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out;
        try {
            out = Files.createTempDirectory("not-compiling");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-proc:none", "-d", out.toString(), "--release", "17");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(file)).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
            assertTrue(!compiled && !errors.isEmpty(), () -> file + " compiled, but the guide says it does not");
            for (String expected : expectedErrors) {
                assertTrue(errors.stream().anyMatch(e -> e.contains(expected)),
                        () -> file + ": no error contains \"" + expected + "\"; javac said:\n  " + String.join("\n  ", errors));
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
