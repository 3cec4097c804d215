package dev.quarry.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.diagnostic.AbortProcessingException;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.diagnostic.ErrorMessages;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * The one template through which every generated file is written: it marks the type
 * {@code @Generated} (without a timestamp, so output is reproducible), records the originating
 * elements, renders the whole file before opening it, and deletes a file whose writing failed.
 *
 * @param <T> the descriptor a subclass turns into a type
 */
public abstract class SourceFileWriter<T> {
    /** The value of every {@code @Generated} annotation Quarry writes. */
    public static final String GENERATOR = "dev.quarry.processor.QuarryProcessor";

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final Filer filer;
    private final Diagnostics diagnostics;

    protected SourceFileWriter(Filer filer, Diagnostics diagnostics) {
        this.filer = filer;
        this.diagnostics = diagnostics;
    }

    /** The generated type's name. */
    protected abstract ClassName typeName(T input);

    /** The generated type, without the {@code @Generated} marker. */
    protected abstract TypeSpec.Builder type(T input);

    /**
     * Adds {@code @SuppressWarnings} with the given values, if any: for generated code that must
     * use deprecated user types.
     */
    protected static TypeSpec.Builder suppress(TypeSpec.Builder type, List<String> warnings) {
        if (warnings.isEmpty()) {
            return type;
        }
        AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
        warnings.forEach(warning -> suppress.addMember("value", "$S", warning));
        return type.addAnnotation(suppress.build());
    }

    /** The complete file, as it will be written. */
    public final JavaFile javaFile(T input, List<? extends Element> originatingElements) {
        TypeSpec.Builder type = type(input)
                .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
        originatingElements.forEach(type::addOriginatingElement);
        return JavaFile.builder(typeName(input).packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * Writes the file through the {@link Filer}: the whole text is rendered first, then written
     * at once. On failure, reports an error on the first originating element, deletes what was
     * written (and does not hand it to javac) and throws {@link AbortProcessingException}.
     */
    public final void write(T input, List<? extends Element> originatingElements) {
        JavaFile file = javaFile(input, originatingElements);
        String name = typeName(input).canonicalName();
        String source = file.toString();
        Element origin = originatingElements.get(0);
        JavaFileObject target;
        try {
            target = filer.createSourceFile(name, originatingElements.toArray(new Element[0]));
        } catch (IOException e) {
            diagnostics.error(ErrorMessages.writeFailed(name, String.valueOf(e.getMessage())), origin);
            throw new AbortProcessingException();
        }
        try {
            Writer writer = target.openWriter();
            try {
                writer.write(source);
            } catch (IOException | RuntimeException e) {
                // Deliberately left unclosed: closing hands the file to javac, which would then
                // compile the partial text. Delete it instead and report why.
                target.delete();
                throw e;
            }
            writer.close();
        } catch (IOException e) {
            target.delete();
            diagnostics.error(ErrorMessages.writeFailed(name, String.valueOf(e.getMessage())), origin);
            throw new AbortProcessingException();
        }
    }
}
