package dev.quarry.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.ValueKind;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mapper's dirty-checking pair for the session: {@code snapshot(entity)}, the values of every
 * column but a generated key in column order, and {@code changedColumns(entity, snapshot)}, the
 * bit set of the snapshot positions whose values differ now, comparing primitives unboxed.
 * Entities with more than 64 such columns get neither (the session then captures through
 * {@code bindInsert}).
 */
final class SnapshotCode {
    private static final String ENTITY = "entity";
    private static final String SNAPSHOT = "snapshot";
    private static final String CHANGED = "changed";

    private SnapshotCode() {
    }

    /** Adds both methods to {@code type} when the entity has at most 64 snapshot columns. */
    static TypeSpec.Builder addTo(TypeSpec.Builder type, EntityDescriptor entity) {
        List<ColumnDescriptor> columns = new ArrayList<>();
        for (ColumnDescriptor column : entity.columns()) {
            if (!column.generated()) {
                columns.add(column);
            }
        }
        if (columns.size() > Long.SIZE) {
            return type;
        }
        return type.addMethod(snapshot(entity, columns)).addMethod(changedColumns(entity, columns));
    }

    private static MethodSpec snapshot(EntityDescriptor entity, List<ColumnDescriptor> columns) {
        List<CodeBlock> values = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            values.add(ValueCode.get(column, ENTITY));
        }
        return MapperWriter.override("snapshot", ArrayTypeName.of(ClassName.OBJECT))
                .addParameter(entity.entity(), ENTITY)
                .addStatement("return new Object[] {$L}", CodeBlock.join(values, ", "))
                .build();
    }

    private static MethodSpec changedColumns(EntityDescriptor entity, List<ColumnDescriptor> columns) {
        MethodSpec.Builder method = MapperWriter.override("changedColumns", TypeName.LONG)
                .addParameter(entity.entity(), ENTITY)
                .addParameter(ArrayTypeName.of(ClassName.OBJECT), SNAPSHOT)
                .addStatement("long $N = 0L", CHANGED);
        for (int p = 0; p < columns.size(); p++) {
            method.beginControlFlow("if ($L)", differs(columns.get(p), p))
                    .addStatement("$N |= $L", CHANGED, ValueCode.bit(p))
                    .endControlFlow();
        }
        return method.addStatement("return $N", CHANGED).build();
    }

    /** {@code entity.age != (int) snapshot[3]}, {@code !Objects.equals(entity.name, snapshot[0])}, ... */
    private static CodeBlock differs(ColumnDescriptor column, int position) {
        CodeBlock now = ValueCode.get(column, ENTITY);
        CodeBlock before = CodeBlock.of("$N[$L]", SNAPSHOT, position);
        ValueKind kind = column.kind();
        if (column.primitive()) {
            TypeName type = column.javaType();
            if (kind == ValueKind.FLOAT || kind == ValueKind.DOUBLE) {
                // as Float/Double.equals: NaN equals NaN, 0.0 differs from -0.0
                return CodeBlock.of("$T.compare($L, ($T) $L) != 0", type.box(), now, type, before);
            }
            return CodeBlock.of("$L != ($T) $L", now, type, before);
        }
        if (kind == ValueKind.BYTES) {
            return CodeBlock.of("!$T.equals($L, (byte[]) $L)", java.util.Arrays.class, now, before);
        }
        if (kind == ValueKind.DECIMAL) {
            return CodeBlock.of("$T.decimalChanged($L, $L)", RuntimeTypes.ENTITY_MAPPER, now, before);
        }
        return CodeBlock.of("!$T.equals($L, $L)", Objects.class, now, before);
    }
}
