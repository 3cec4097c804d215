package dev.quarry.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Runs test code inside a real javac, in the first processing round, so that factories and
 * validators are tested with real {@code Element}s and {@code TypeMirror}s rather than mocks.
 */
public final class LiveJavac {
    /** Test code that uses the processing environment. */
    @FunctionalInterface
    public interface Body {
        void run(Env env) throws Exception;
    }

    /** The live environment: javac's utilities and the compiled types. */
    public record Env(ProcessingEnvironment processing) {
        /** A type of the compiled sources (or the class path) by qualified name. */
        public TypeElement type(String qualifiedName) {
            TypeElement type = processing.getElementUtils().getTypeElement(qualifiedName);
            if (type == null) {
                throw new IllegalArgumentException("no type " + qualifiedName);
            }
            return type;
        }
    }

    private LiveJavac() {
    }

    /** Compiles {@code sources} (without Quarry's processor) and runs {@code body} in the first round. */
    public static void run(List<JavaFileObject> sources, Body body) {
        Runner runner = new Runner(body);
        Compilation compilation = javac().withProcessors(runner).compile(sources);
        if (runner.failure instanceof Error error) {
            throw error;
        }
        if (runner.failure != null) {
            throw new IllegalStateException(runner.failure);
        }
        if (!runner.ran) {
            throw new IllegalStateException("the body did not run: " + compilation.diagnostics());
        }
    }

    @SupportedAnnotationTypes("*")
    private static final class Runner extends AbstractProcessor {
        private final Body body;
        private boolean ran;
        private Throwable failure;

        Runner(Body body) {
            this.body = body;
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!ran) {
                ran = true;
                try {
                    body.run(new Env(processingEnv));
                } catch (Throwable t) {
                    failure = t;
                }
            }
            return false;
        }
    }
}
