package dev.quarry.processor.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Reads annotations through mirrors, by qualified name, without loading annotation classes. */
public final class Annotations {
    private Annotations() {
    }

    /** The annotation of the given type directly present on {@code construct}. */
    public static Optional<AnnotationMirror> find(AnnotatedConstruct construct, String qualifiedName) {
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Whether an annotation of the given type is directly present on {@code construct}. */
    public static boolean isPresent(AnnotatedConstruct construct, String qualifiedName) {
        return find(construct, qualifiedName).isPresent();
    }

    /** Whether any annotation with the given simple name is directly present on {@code construct}. */
    public static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The value the annotation gives {@code name}, or the member's default. */
    public static AnnotationValue value(AnnotationMirror mirror, String name) {
        return explicitValue(mirror, name).orElseGet(() -> member(mirror, name).getDefaultValue());
    }

    /** The value the annotation explicitly gives {@code name}, if it gives one. */
    public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    private static ExecutableElement member(AnnotationMirror mirror, String name) {
        for (ExecutableElement method
                : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
            if (method.getSimpleName().contentEquals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException(mirror.getAnnotationType() + " has no member " + name);
    }

    /** A {@code String} member. */
    public static String stringValue(AnnotationMirror mirror, String name) {
        return (String) value(mirror, name).getValue();
    }

    /** An {@code int} member. */
    public static int intValue(AnnotationMirror mirror, String name) {
        return (Integer) value(mirror, name).getValue();
    }

    /** A {@code boolean} member. */
    public static boolean booleanValue(AnnotationMirror mirror, String name) {
        return (Boolean) value(mirror, name).getValue();
    }

    /** The simple name of an enum-constant member. */
    public static String enumValue(AnnotationMirror mirror, String name) {
        return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
    }

    /** A {@code Class} member, or empty when javac could not resolve the class. */
    public static Optional<TypeMirror> typeValue(AnnotationMirror mirror, String name) {
        Object value = value(mirror, name).getValue();
        return value instanceof TypeMirror type ? Optional.of(type) : Optional.empty();
    }

    /** The elements of an array member (a single value counts as an array of one). */
    public static List<AnnotationValue> arrayValue(AnnotationMirror mirror, String name) {
        Object value = value(mirror, name).getValue();
        List<AnnotationValue> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                values.add((AnnotationValue) item);
            }
        } else {
            values.add(value(mirror, name));
        }
        return values;
    }

    /** The {@code @Index} annotations of an entity, written singly or through {@code @Indexes}, in source order. */
    public static List<AnnotationMirror> indexes(Element entity) {
        List<AnnotationMirror> indexes = new ArrayList<>();
        for (AnnotationMirror mirror : entity.getAnnotationMirrors()) {
            String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (type.equals(RuntimeTypes.INDEX)) {
                indexes.add(mirror);
            } else if (type.equals(RuntimeTypes.INDEXES)) {
                for (AnnotationValue nested : arrayValue(mirror, "value")) {
                    indexes.add((AnnotationMirror) nested.getValue());
                }
            }
        }
        return indexes;
    }
}
