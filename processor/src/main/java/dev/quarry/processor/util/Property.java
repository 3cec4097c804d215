package dev.quarry.processor.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A field of a class entity or a component of a record entity, during one round.
 *
 * @param name    the property name
 * @param element where the property is declared: the field, or the record component
 * @param field   the field holding the value (a record's private field for a component)
 * @param type    the declared type
 */
public record Property(String name, Element element, VariableElement field, TypeMirror type) {

    /** The instance fields of a class, or the components of a record, in declaration order. */
    public static List<Property> of(TypeElement entity) {
        List<Property> properties = new ArrayList<>();
        List<VariableElement> fields = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(entity.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                fields.add(field);
            }
        }
        if (entity.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : entity.getRecordComponents()) {
                VariableElement field = fields.stream()
                        .filter(f -> f.getSimpleName().contentEquals(component.getSimpleName()))
                        .findFirst()
                        .orElseThrow();
                properties.add(new Property(component.getSimpleName().toString(), component, field, component.asType()));
            }
        } else {
            for (VariableElement field : fields) {
                properties.add(new Property(field.getSimpleName().toString(), field, field, field.asType()));
            }
        }
        return List.copyOf(properties);
    }

    /** The columns among {@link #of}: every property except {@code @Transient} fields of a class. */
    public static List<Property> columnsOf(TypeElement entity) {
        boolean record = entity.getKind() == ElementKind.RECORD;
        return of(entity).stream().filter(p -> record || !p.isTransient()).toList();
    }

    /** Whether this is a record component. */
    public boolean isComponent() {
        return element.getKind() == ElementKind.RECORD_COMPONENT;
    }

    /** Whether the property is annotated {@code @Transient}. */
    public boolean isTransient() {
        return annotation(RuntimeTypes.TRANSIENT).isPresent();
    }

    /**
     * A Quarry annotation on the property: on the field or record component (an annotation
     * that targets fields only lands on a record's private field).
     */
    public Optional<AnnotationMirror> annotation(String qualifiedName) {
        Optional<AnnotationMirror> mirror = Annotations.find(element, qualifiedName);
        return mirror.isPresent() ? mirror : Annotations.find(field, qualifiedName);
    }

    /** The element carrying a Quarry annotation (see {@link #annotation}), for reporting on it; {@link #element} if none. */
    public Element annotated(String qualifiedName) {
        return Annotations.find(element, qualifiedName).isPresent() || Annotations.find(field, qualifiedName).isEmpty()
                ? element
                : field;
    }

    /** Whether the property or its type carries an annotation with the given simple name. */
    public boolean hasAnnotationNamed(String simpleName) {
        return Annotations.hasSimpleName(element, simpleName)
                || Annotations.hasSimpleName(field, simpleName)
                || Annotations.hasSimpleName(type, simpleName);
    }
}
