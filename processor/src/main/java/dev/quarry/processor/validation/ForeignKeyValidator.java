package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptors;
import dev.quarry.processor.model.EntityDescriptors;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @ForeignKey}: the target is an {@code @Entity} with a single-column key of the
 * column's type (boxed and primitive forms match), and {@code SET_NULL} needs a nullable column.
 */
final class ForeignKeyValidator {
    private final Types types;

    ForeignKeyValidator(Types types) {
        this.types = types;
    }

    void validate(Property property, ValidationReport.Builder report) {
        Optional<AnnotationMirror> found = property.annotation(RuntimeTypes.FOREIGN_KEY);
        if (found.isEmpty()) {
            return;
        }
        AnnotationMirror foreignKey = found.get();
        Element owner = property.location();
        if (Annotations.enumValue(foreignKey, "onDelete").equals("SET_NULL")
                && !ColumnDescriptors.isNullable(property)) {
            report.error(ErrorMessages.foreignKeySetNullOnNotNull(property.name()), owner, foreignKey,
                    Annotations.explicitValue(foreignKey, "onDelete").orElse(null));
        }
        TypeMirror targetType = Annotations.typeValue(foreignKey, "value").orElseThrow();
        Element targetElement = targetType.getKind() == TypeKind.DECLARED
                ? ((DeclaredType) targetType).asElement()
                : null;
        if (!(targetElement instanceof TypeElement target)
                || !(target.getKind() == ElementKind.CLASS || target.getKind() == ElementKind.RECORD)
                || !Annotations.isPresent(target, RuntimeTypes.ENTITY)) {
            report.error(ErrorMessages.foreignKeyNotEntity(property.name(), ValueKinds.erasedName(targetType)),
                    owner, foreignKey, Annotations.explicitValue(foreignKey, "value").orElse(null));
            return;
        }
        List<Property> keys = EntityDescriptors.keyProperties(target);
        if (keys.size() != 1) {
            report.error(ErrorMessages.foreignKeyTargetKey(property.name(), target.getSimpleName().toString(),
                    keys.size()), owner, foreignKey, Annotations.explicitValue(foreignKey, "value").orElse(null));
            return;
        }
        Property key = keys.get(0);
        if (!types.isSameType(boxed(property.type()), boxed(key.type()))) {
            report.error(ErrorMessages.foreignKeyTypeMismatch(property.name(), ValueKinds.erasedName(property.type()),
                    target.getSimpleName() + "." + key.name(), ValueKinds.erasedName(key.type())),
                    property.location());
        }
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : types.erasure(type);
    }
}
