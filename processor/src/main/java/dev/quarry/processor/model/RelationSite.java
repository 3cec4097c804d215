package dev.quarry.processor.model;

import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A relationship property with its one relationship annotation, during one round: reads the
 * annotation's members and reports problems on the annotation (and member) where javac can show them.
 *
 * @param property the relationship property
 * @param mirror   its relationship annotation
 */
record RelationSite(Property property, AnnotationMirror mirror) {

    /** {@code @ManyToOne}, for messages. */
    String label() {
        return "@" + mirror.getAnnotationType().asElement().getSimpleName();
    }

    /** The property name. */
    String name() {
        return property.name();
    }

    RelationDescriptor.Kind kind() {
        String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        return switch (type) {
            case RuntimeTypes.MANY_TO_ONE -> RelationDescriptor.Kind.MANY_TO_ONE;
            case RuntimeTypes.ONE_TO_MANY -> RelationDescriptor.Kind.ONE_TO_MANY;
            case RuntimeTypes.ONE_TO_ONE -> RelationDescriptor.Kind.ONE_TO_ONE;
            case RuntimeTypes.MANY_TO_MANY -> RelationDescriptor.Kind.MANY_TO_MANY;
            default -> throw new IllegalArgumentException("not a relationship annotation: " + type);
        };
    }

    /** Whether this is an inverse side: a {@code mappedBy} is given. */
    boolean inverse() {
        return kind() != RelationDescriptor.Kind.MANY_TO_ONE && !string("mappedBy").isEmpty();
    }

    /** A {@code String} member, or its default. */
    String string(String member) {
        return Annotations.stringValue(mirror, member);
    }

    /**
     * The {@code Cascade} constants of {@code @OneToMany(cascade)} or {@code @OneToOne(cascade)},
     * each once, in the enum's declaration order; none for the other kinds, which have no such member.
     */
    List<String> cascades() {
        if (kind() != RelationDescriptor.Kind.ONE_TO_MANY && kind() != RelationDescriptor.Kind.ONE_TO_ONE) {
            return List.of();
        }
        List<VariableElement> constants = Annotations.arrayValue(mirror, "cascade").stream()
                .map(AnnotationValue::getValue)
                .filter(VariableElement.class::isInstance)
                .map(VariableElement.class::cast)
                .toList();
        if (constants.isEmpty()) {
            return List.of();
        }
        List<String> named = constants.stream().map(constant -> constant.getSimpleName().toString()).toList();
        return constants.get(0).getEnclosingElement().getEnclosedElements().stream()
                .filter(element -> element.getKind() == ElementKind.ENUM_CONSTANT)
                .map(element -> element.getSimpleName().toString())
                .filter(named::contains)
                .toList();
    }

    /** {@code @ManyToMany(joinEntity)}, when given. */
    Optional<TypeMirror> joinEntity() {
        return Annotations.typeValue(mirror, "joinEntity").filter(type -> type.getKind() != TypeKind.VOID);
    }

    /** Reports an error on the annotation, at {@code member}'s value when it is given explicitly. */
    void error(ValidationReport.Builder report, String message, String member) {
        AnnotationValue value = member == null ? null : Annotations.explicitValue(mirror, member).orElse(null);
        report.error(message, property.location(), mirror, value);
    }
}
