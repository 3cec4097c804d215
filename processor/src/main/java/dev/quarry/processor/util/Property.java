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
 * <p>Problems are reported on {@link #field}: a record's private field has the component's
 * source position (javac has none for the component element itself) and carries the
 * component's field-applicable annotations.
 *
 * @param name      the property name
 * @param field     the field holding the value (a record's private field for a component)
 * @param component the record component, or {@code null} for a class field
 * @param type      the declared type
 */
public record Property(String name, VariableElement field, RecordComponentElement component, TypeMirror type) {

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
                properties.add(new Property(component.getSimpleName().toString(), field, component, component.asType()));
            }
        } else {
            for (VariableElement field : fields) {
                properties.add(new Property(field.getSimpleName().toString(), field, null, field.asType()));
            }
        }
        return List.copyOf(properties);
    }

    /**
     * The columns among {@link #of}: every property except relationships and {@code @Transient}
     * fields of a class.
     */
    public static List<Property> columnsOf(TypeElement entity) {
        return mappedOf(entity).stream().filter(p -> !p.isRelationship()).toList();
    }

    /** The relationships among {@link #of}, in declaration order. */
    public static List<Property> relationshipsOf(TypeElement entity) {
        return of(entity).stream().filter(Property::isRelationship).toList();
    }

    /**
     * The columns and relationships, in declaration order: every property except
     * {@code @Transient} fields of a class (for a record, the canonical constructor's parameters).
     */
    public static List<Property> mappedOf(TypeElement entity) {
        boolean record = entity.getKind() == ElementKind.RECORD;
        return of(entity).stream().filter(p -> record || !p.isTransient() || p.isRelationship()).toList();
    }

    /** Whether this is a record component. */
    public boolean isComponent() {
        return component != null;
    }

    /** Where problems with this property are reported. */
    public Element location() {
        return field;
    }

    /** Whether the property is annotated {@code @Transient}. */
    public boolean isTransient() {
        return annotation(RuntimeTypes.TRANSIENT).isPresent();
    }

    /** Whether the property carries a relationship annotation ({@code @ManyToOne}, {@code @OneToMany}, ...). */
    public boolean isRelationship() {
        return !relationshipAnnotations().isEmpty();
    }

    /** The relationship annotations on the property, in the order of {@link RuntimeTypes#RELATIONSHIPS}. */
    public List<AnnotationMirror> relationshipAnnotations() {
        List<AnnotationMirror> found = new ArrayList<>();
        for (String annotation : RuntimeTypes.RELATIONSHIPS) {
            annotation(annotation).ifPresent(found::add);
        }
        return found;
    }

    /**
     * A Quarry annotation on the property. Every Quarry property annotation applies to fields,
     * so javac copies it from a record component onto the component's field, where it is found
     * together with its source position.
     */
    public Optional<AnnotationMirror> annotation(String qualifiedName) {
        return Annotations.find(field, qualifiedName);
    }

    /** Whether the property or its type carries an annotation with the given simple name. */
    public boolean hasAnnotationNamed(String simpleName) {
        return Annotations.hasSimpleName(field, simpleName)
                || component != null && Annotations.hasSimpleName(component, simpleName)
                || Annotations.hasSimpleName(type, simpleName);
    }
}
