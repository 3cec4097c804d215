package dev.quarry.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * javac with Quarry's processor, the runtime on the class path (the test class path) and
 * {@code -Xlint:all -Werror}, so generated code must compile without a single warning.
 *
 * <p>javac's {@code processing} lint also warns about annotations that no processor claims.
 * Quarry leaves its annotations unclaimed ({@code process} returns {@code false}) so that
 * other processors see them too, and builds turn that lint off ({@code -Xlint:-processing}, as
 * Quarry's parent pom does). Here a trailing {@link ClaimingProcessor} claims them instead, so
 * the rest of the {@code processing} lint (such as files created in the last round) stays on.
 */
public final class Compilers {
    private Compilers() {
    }

    /** The compiler every processor test uses. */
    static Compiler quarry() {
        return javac().withProcessors(new QuarryProcessor(), new ClaimingProcessor())
                .withOptions("-Xlint:all", "-Werror");
    }

    /** Claims every annotation once Quarry has seen it, silencing only javac's "no processor claimed" lint. */
    @SupportedAnnotationTypes("*")
    static final class ClaimingProcessor extends AbstractProcessor {
        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return true;
        }
    }

    /** Compiles the sources with {@link #quarry()}. */
    static Compilation compile(JavaFileObject... sources) {
        return quarry().compile(sources);
    }

    /** Compiles every {@code .java} file under {@code inputs/<name>/} of the test resources. */
    static Compilation compileInput(String name) {
        return quarry().compile(input(name));
    }

    /** The {@code .java} files under {@code inputs/<name>/}, sorted by path. */
    public static List<JavaFileObject> input(String name) {
        Path root = resource("inputs/" + name);
        try (Stream<Path> files = Files.walk(root)) {
            List<JavaFileObject> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                sources.add(JavaFileObjects.forSourceString(
                        path.substring(0, path.length() - ".java".length()).replace('/', '.'),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A golden file: {@code goldens/<test>/<qualifiedName>.java}. */
    static JavaFileObject golden(String test, String qualifiedName) {
        Path file = resource("goldens/" + test + "/" + qualifiedName + ".java");
        try {
            return JavaFileObjects.forSourceString(qualifiedName, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A golden file that is not Java source, as text: {@code goldens/<test>/<fileName>}. */
    static String goldenText(String test, String fileName) {
        try {
            return Files.readString(resource("goldens/" + test + "/" + fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        URL url = Compilers.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Paths.get(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
