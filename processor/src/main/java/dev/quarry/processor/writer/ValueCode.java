package dev.quarry.processor.writer;

import com.palantir.javapoet.CodeBlock;
import dev.quarry.processor.model.Access;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.ValueKind;

/**
 * The expressions generated code uses for one column or relationship: reading it from a
 * {@code RowReader}, binding it to a {@code ParameterBinder}, and getting or setting it on an entity.
 *
 * <p>Primitive columns use the primitive methods. A boxed {@code NOT NULL} column reads through
 * the primitive getter and binds through the {@code ...OrNull} setter, so a {@code null} fails in
 * the database as a NOT NULL violation rather than as a NullPointerException here; a nullable
 * boxed column uses the {@code ...OrNull} methods both ways.
 */
final class ValueCode {
    private ValueCode() {
    }

    /** {@code row.getLong(index)}. */
    static CodeBlock read(ColumnDescriptor column, String row, CodeBlock index) {
        ValueKind kind = column.kind();
        if (kind == ValueKind.ENUM) {
            return CodeBlock.of("$N.getEnum($L, $T::valueOf)", row, index, column.javaType());
        }
        String suffix = kind.hasPrimitiveForm() && !column.primitive() && column.nullable() ? "OrNull" : "";
        return CodeBlock.of("$N.get$L$L($L)", row, kind.accessorSuffix(), suffix, index);
    }

    /** {@code params.setLong(index, value)}; {@code boxed} when the value is boxed whatever the column type. */
    static CodeBlock bind(ColumnDescriptor column, boolean boxed, String params, CodeBlock index, CodeBlock value) {
        ValueKind kind = column.kind();
        String suffix = kind.hasPrimitiveForm() && (boxed || !column.primitive()) ? "OrNull" : "";
        return CodeBlock.of("$N.set$L$L($L, $L)", params, kind.accessorSuffix(), suffix, index, value);
    }

    /** {@code entity.name}, {@code entity.getEmail()} or {@code entity.email()}. */
    static CodeBlock get(ColumnDescriptor column, String entity) {
        return get(column.reader(), entity);
    }

    /** {@code entity.name}, {@code entity.getEmail()} or {@code entity.email()}: reading through {@code reader}. */
    static CodeBlock get(Access reader, String entity) {
        return reader.kind() == Access.Kind.FIELD
                ? CodeBlock.of("$N.$N", entity, reader.name())
                : CodeBlock.of("$N.$N()", entity, reader.name());
    }

    /** {@code entity.name = value} or {@code entity.setName(value)}. */
    static CodeBlock set(ColumnDescriptor column, String entity, CodeBlock value) {
        return set(column.writer(), entity, value);
    }

    /** {@code entity.name = value} or {@code entity.setName(value)}: assigning through {@code writer}. */
    static CodeBlock set(Access writer, String entity, CodeBlock value) {
        return writer.kind() == Access.Kind.FIELD
                ? CodeBlock.of("$N.$N = $L", entity, writer.name(), value)
                : CodeBlock.of("$N.$N($L)", entity, writer.name(), value);
    }

    /** The literal of bit {@code k}: {@code 1L}, {@code 2L}, {@code 4L}, ... */
    static String bit(int k) {
        return k == Long.SIZE - 1 ? "0x8000000000000000L" : (1L << k) + "L";
    }
}
