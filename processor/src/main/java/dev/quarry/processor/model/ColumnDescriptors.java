package dev.quarry.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.ValueKinds;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Builds {@link ColumnDescriptor}s from validated properties, and holds the column naming rules. */
public final class ColumnDescriptors {
    /** The default of a {@code @Version} column: new rows start at version 0. */
    static final String VERSION_START = "0";

    private ColumnDescriptors() {
    }

    /** The descriptor of a validated column property. */
    public static ColumnDescriptor create(Property property, Access reader, Access writer) {
        ValueKind kind = ValueKinds.classify(property.type()).orElseThrow(
                () -> new IllegalStateException("unsupported type passed validation: " + property.type()));
        Optional<AnnotationMirror> column = property.annotation(RuntimeTypes.COLUMN);
        String serverDefault = column.map(c -> Annotations.stringValue(c, "serverDefault"))
                .filter(value -> !value.isEmpty())
                .orElse(isVersion(property) ? VERSION_START : null);
        return new ColumnDescriptor(
                property.name(),
                columnName(property),
                kind,
                javaType(property.type(), kind),
                column.map(c -> Annotations.intValue(c, "length")).orElse(0),
                column.map(c -> Annotations.intValue(c, "precision")).orElse(0),
                column.map(c -> Annotations.intValue(c, "scale")).orElse(0),
                isNullable(property),
                isId(property),
                isGenerated(property),
                isVersion(property),
                property.annotation(RuntimeTypes.CREATED_AT).isPresent(),
                property.annotation(RuntimeTypes.UPDATED_AT).isPresent(),
                serverDefault,
                reader,
                writer);
    }

    /** {@code @Column(name)}, or the property name in snake_case. */
    public static String columnName(Property property) {
        return property.annotation(RuntimeTypes.COLUMN)
                .map(column -> Annotations.stringValue(column, "name"))
                .filter(name -> !name.isEmpty())
                .orElseGet(() -> Names.snakeCase(property.name()));
    }

    /** Whether the column is declared nullable: {@code @Column(nullable = true)} or any {@code @Nullable}. */
    public static boolean isNullable(Property property) {
        boolean declared = property.annotation(RuntimeTypes.COLUMN)
                .map(column -> Annotations.booleanValue(column, "nullable"))
                .orElse(false);
        return declared || property.hasAnnotationNamed(RuntimeTypes.NULLABLE_SIMPLE_NAME);
    }

    /** Whether the property is annotated {@code @Id}. */
    public static boolean isId(Property property) {
        return property.annotation(RuntimeTypes.ID).isPresent();
    }

    /** Whether the property is annotated {@code @GeneratedValue}. */
    public static boolean isGenerated(Property property) {
        return property.annotation(RuntimeTypes.GENERATED_VALUE).isPresent();
    }

    /** Whether the property is annotated {@code @Version}. */
    public static boolean isVersion(Property property) {
        return property.annotation(RuntimeTypes.VERSION).isPresent();
    }

    /** The Java type as written, without type annotations. */
    static TypeName javaType(TypeMirror type, ValueKind kind) {
        if (type.getKind().isPrimitive()) {
            return TypeName.get(type).withoutAnnotations();
        }
        if (kind == ValueKind.BYTES) {
            return ArrayTypeName.of(TypeName.BYTE);
        }
        return ClassName.get((TypeElement) ((DeclaredType) type).asElement());
    }
}
