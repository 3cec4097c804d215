package dev.quarry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.quarry.processor.EntityValidationTest.source;

import com.google.testing.compile.Compilation;
import dev.quarry.processor.diagnostic.ErrorMessages;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor never crashes javac and never leaves half-written files: failures become errors
 * on the entity being processed, and the other entities are still generated.
 */
class ProcessorRobustnessTest {
    private static final JavaFileObject NOTE = source("Note", "@Entity", "public class Note {", "    @Id long id;", "}");
    private static final JavaFileObject FINE = source("Fine", "@Entity", "public class Fine {", "    @Id long id;", "}");
    /** Compiles only if {@code Fine_} was generated. */
    private static final JavaFileObject USES_FINE =
            source("UsesFine", "class UsesFine {", "    Object table = Fine_.FINE;", "}");

    @Test
    void anExceptionBecomesAnErrorOnTheEntityWithItsStackTrace() {
        Filer failing = new FailingFiler() {
            @Override
            JavaFileObject create(Filer filer, CharSequence name, Element... origins) throws IOException {
                if (name.toString().equals("com.example.Note_")) {
                    throw new IllegalStateException("simulated processor bug");
                }
                return filer.createSourceFile(name, origins);
            }
        };
        Compilation compilation = compile(failing);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[QRY-E033] Quarry failed while processing com.example.Note")
                .inFile(NOTE).onLineContaining("class Note");
        assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: simulated processor bug")
                .inFile(NOTE).onLineContaining("class Note");
        assertThat(compilation).hadErrorContaining("at dev.quarry.processor.writer.SourceFileWriter.write");
    }

    @Test
    void aFailedWriteIsAnErrorAndTheFileIsDeleted() {
        AtomicBoolean deleted = new AtomicBoolean();
        Filer failing = new FailingFiler() {
            @Override
            JavaFileObject create(Filer filer, CharSequence name, Element... origins) throws IOException {
                JavaFileObject file = filer.createSourceFile(name, origins);
                if (!name.toString().equals("com.example.Note_Mapper")) {
                    return file;
                }
                return new ForwardingJavaFileObject<>(file) {
                    @Override
                    public Writer openWriter() throws IOException {
                        Writer writer = super.openWriter();
                        return new Writer() {
                            @Override
                            public void write(char[] buffer, int offset, int length) throws IOException {
                                writer.write(buffer, offset, Math.min(length, 10));
                                throw new IOException("disk full");
                            }

                            @Override
                            public void flush() throws IOException {
                                writer.flush();
                            }

                            @Override
                            public void close() throws IOException {
                                writer.close();
                            }
                        };
                    }

                    @Override
                    public boolean delete() {
                        deleted.set(true);
                        return super.delete();
                    }
                };
            }
        };
        Compilation compilation = compile(failing);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(ErrorMessages.writeFailed("com.example.Note_Mapper", "disk full"))
                .inFile(NOTE).onLineContaining("class Note");
        assertThat(deleted.get()).isTrue();
    }

    private static Compilation compile(Filer filer) {
        return Compilers.quarry()
                .withProcessors(new WithFiler(new QuarryProcessor(), filer), new Compilers.ClaimingProcessor())
                .compile(NOTE, FINE, USES_FINE);
    }

    /** A {@link Filer} whose source files come from {@link #create}. */
    abstract static class FailingFiler implements Filer {
        private Filer delegate;

        abstract JavaFileObject create(Filer filer, CharSequence name, Element... origins) throws IOException;

        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... origins) throws IOException {
            return create(delegate, name, origins);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... origins) throws IOException {
            return delegate.createClassFile(name, origins);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                CharSequence relativeName, Element... origins) throws IOException {
            return delegate.createResource(location, moduleAndPackage, relativeName, origins);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                CharSequence relativeName) throws IOException {
            return delegate.getResource(location, moduleAndPackage, relativeName);
        }
    }

    /** Runs a processor with javac's environment, except for the {@link Filer}. */
    static final class WithFiler extends AbstractProcessor {
        private final AbstractProcessor processor;
        private final FailingFiler filer;

        WithFiler(AbstractProcessor processor, Filer filer) {
            this.processor = processor;
            this.filer = (FailingFiler) filer;
        }

        @Override
        public synchronized void init(ProcessingEnvironment environment) {
            super.init(environment);
            filer.delegate = environment.getFiler();
            processor.init(new ProcessingEnvironment() {
                @Override
                public Map<String, String> getOptions() {
                    return environment.getOptions();
                }

                @Override
                public Messager getMessager() {
                    return environment.getMessager();
                }

                @Override
                public Filer getFiler() {
                    return filer;
                }

                @Override
                public Elements getElementUtils() {
                    return environment.getElementUtils();
                }

                @Override
                public Types getTypeUtils() {
                    return environment.getTypeUtils();
                }

                @Override
                public SourceVersion getSourceVersion() {
                    return environment.getSourceVersion();
                }

                @Override
                public Locale getLocale() {
                    return environment.getLocale();
                }
            });
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return processor.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return processor.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return processor.process(annotations, round);
        }
    }
}
