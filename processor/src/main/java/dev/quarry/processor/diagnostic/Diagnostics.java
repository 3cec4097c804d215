package dev.quarry.processor.diagnostic;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one way the processor reports problems: on the most specific location it knows, with
 * warnings silenced by {@code @SuppressWarnings("quarry")} on the element or an enclosing one.
 */
public final class Diagnostics {
    /** The {@code @SuppressWarnings} value that silences Quarry's warnings. */
    public static final String SUPPRESSION = "quarry";

    private final Messager messager;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error on {@code element}, and on its annotation and value when not {@code null}. */
    public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        print(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }

    /** Reports an error on {@code element}, or an error without a location when it is {@code null}. */
    public void error(String message, Element element) {
        if (element == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message);
        } else {
            error(message, element, null, null);
        }
    }

    /** Reports a warning unless {@code element} or an enclosing element suppresses {@value #SUPPRESSION}. */
    public void warning(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        if (!isSuppressed(element)) {
            print(Diagnostic.Kind.WARNING, message, element, annotation, value);
        }
    }

    /**
     * Reports an exception thrown while processing {@code element} as an error on it with the
     * stack trace; with a {@code null} element, as an error of the round.
     */
    public void internalError(Element element, RuntimeException exception) {
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        error(ErrorMessages.internalError(element == null ? "a round" : element.toString(), trace.toString()),
                element);
    }

    private void print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation,
            AnnotationValue value) {
        if (annotation == null) {
            messager.printMessage(kind, message, element);
        } else if (value == null) {
            messager.printMessage(kind, message, element, annotation);
        } else {
            messager.printMessage(kind, message, element, annotation, value);
        }
    }

    private static boolean isSuppressed(Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
            if (suppress != null) {
                for (String value : suppress.value()) {
                    if (value.equals(SUPPRESSION)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
