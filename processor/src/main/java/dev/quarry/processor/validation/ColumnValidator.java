package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptors;
import dev.quarry.processor.model.ValueKind;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Checks one column property: its type, nullability, {@code @Column} sizes and {@code @GeneratedValue}. */
final class ColumnValidator {
    private final Types types;

    ColumnValidator(Types types) {
        this.types = types;
    }

    void validate(Property property, boolean compositeKey, String entity, ValidationReport.Builder report) {
        Optional<ValueKind> kind = ValueKinds.classify(property.type());
        String type = ValueKinds.erasedName(property.type());
        if (kind.isEmpty()) {
            Optional<String> relationship = relationshipDeclaration(property);
            if (relationship.isPresent()) {
                report.error(ErrorMessages.relationshipNotAnnotated(property.name(),
                        ValueKinds.simpleName(property.type()), relationship.get()), property.location());
                return;
            }
            Optional<String> replacement = ValueKinds.replacement(property.type());
            report.error(replacement.isPresent()
                    ? ErrorMessages.replaceableType(property.name(), type, replacement.get())
                    : ErrorMessages.unsupportedType(property.name(), type, ValueKinds.SUPPORTED),
                    property.location());
            return;
        }
        boolean primitive = property.type().getKind().isPrimitive();
        boolean nullable = ColumnDescriptors.isNullable(property);
        Optional<AnnotationMirror> column = property.annotation(RuntimeTypes.COLUMN);
        Element columnOwner = property.location();
        if (primitive && nullable) {
            AnnotationMirror mirror = column.filter(c -> Annotations.booleanValue(c, "nullable")).orElse(null);
            report.error(ErrorMessages.nullablePrimitive(property.name(), type, boxed(property)),
                    mirror == null ? property.location() : columnOwner, mirror, value(mirror, "nullable"));
        }
        if (ColumnDescriptors.isId(property) && nullable) {
            report.error(ErrorMessages.nullableId(property.name()), property.location());
        }
        column.ifPresent(mirror -> validateColumn(property, kind.get(), mirror, columnOwner, report));
        validateGenerated(property, kind.get(), compositeKey, entity, report);
    }

    private void validateColumn(Property property, ValueKind kind, AnnotationMirror column, Element owner,
            ValidationReport.Builder report) {
        String type = ValueKinds.erasedName(property.type());
        for (String member : new String[] {"length", "precision", "scale"}) {
            int size = Annotations.intValue(column, member);
            if (size < 0) {
                report.error(ErrorMessages.negativeSize(member, size, property.name()),
                        owner, column, value(column, member));
            }
        }
        int length = Annotations.intValue(column, "length");
        int precision = Annotations.intValue(column, "precision");
        int scale = Annotations.intValue(column, "scale");
        if (length != 0 && kind != ValueKind.STRING) {
            report.error(ErrorMessages.lengthNotString(property.name(), type), owner, column, value(column, "length"));
        }
        if ((precision != 0 || scale != 0) && kind != ValueKind.DECIMAL) {
            String member = precision != 0 ? "precision" : "scale";
            report.error(ErrorMessages.precisionNotDecimal(property.name(), type), owner, column, value(column, member));
        } else if (scale > 0 && precision < scale) {
            report.error(ErrorMessages.scaleWithoutPrecision(property.name(), scale),
                    owner, column, value(column, "scale"));
        }
        if (property.type().getKind().isPrimitive() && !Annotations.stringValue(column, "serverDefault").isEmpty()) {
            report.warning(ErrorMessages.serverDefaultOnPrimitive(property.name(), type, boxed(property)),
                    owner, column, value(column, "serverDefault"));
        }
        if (Annotations.booleanValue(column, "unique") && Annotations.booleanValue(column, "index")) {
            report.warning(ErrorMessages.uniqueAndIndex(property.name()), owner, column, value(column, "index"));
        }
    }

    private static void validateGenerated(Property property, ValueKind kind, boolean compositeKey, String entity,
            ValidationReport.Builder report) {
        Optional<AnnotationMirror> generated = property.annotation(RuntimeTypes.GENERATED_VALUE);
        if (generated.isEmpty()) {
            return;
        }
        Element owner = property.location();
        if (!ColumnDescriptors.isId(property)) {
            report.error(ErrorMessages.generatedNotId(property.name()), owner, generated.get());
        } else if (!kind.isGeneratable()) {
            report.error(ErrorMessages.generatedType(property.name(), ValueKinds.erasedName(property.type())),
                    owner, generated.get());
        } else if (compositeKey) {
            report.error(ErrorMessages.generatedComposite(property.name(), entity), owner, generated.get());
        }
    }

    /**
     * The relationship a property of an entity type (or {@code Ref}, {@code List} or {@code Set}
     * of one) was probably meant to be, as a declaration to suggest.
     */
    private static Optional<String> relationshipDeclaration(Property property) {
        if (property.type().getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType type = (DeclaredType) property.type();
        String erased = ValueKinds.erasedName(type);
        String name = property.name();
        if (isEntity(type)) {
            return Optional.of("@ManyToOne Ref<" + ValueKinds.simpleName(type) + "> " + name + " (or @OneToOne)");
        }
        if (type.getTypeArguments().size() != 1 || !isEntity(type.getTypeArguments().get(0))) {
            return Optional.empty();
        }
        String shown = ValueKinds.simpleName(type);
        return switch (erased) {
            case RuntimeTypes.REF -> Optional.of("@ManyToOne " + shown + " " + name + " (or @OneToOne)");
            case "java.util.List", "java.util.Set" ->
                    Optional.of("@OneToMany(mappedBy = \"...\") " + shown + " " + name + " (or @ManyToMany)");
            default -> Optional.empty();
        };
    }

    private static boolean isEntity(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && Annotations.isPresent(((DeclaredType) type).asElement(), RuntimeTypes.ENTITY);
    }

    private String boxed(Property property) {
        return types.boxedClass((PrimitiveType) property.type()).getSimpleName().toString();
    }

    private static AnnotationValue value(AnnotationMirror mirror, String member) {
        return mirror == null ? null : Annotations.explicitValue(mirror, member).orElse(null);
    }
}
