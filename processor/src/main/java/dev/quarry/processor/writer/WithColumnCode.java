package dev.quarry.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.Instantiation;
import dev.quarry.processor.model.RelationDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mapper's {@code withColumn(entity, column, value)}, with which the runtime propagates keys
 * along relationships: one case per column position, the boxed value cast to the column's type.
 */
final class WithColumnCode {
    private static final String ENTITY = "entity";
    private static final String COLUMN = "column";
    private static final String VALUE = "value";
    private static final String CHANGED = "changed";

    private WithColumnCode() {
    }

    /**
     * {@code withColumn}: a switch over the column positions. A class with setters (or fields) is
     * changed in place; otherwise each case constructs a new instance with the one value replaced,
     * carrying the relationships over (through the record's constructor, or set afterwards as in
     * {@code withReturned}).
     */
    static MethodSpec method(EntityDescriptor entity) {
        MethodSpec.Builder method = MapperWriter.override("withColumn", entity.entity())
                .addParameter(entity.entity(), ENTITY)
                .addParameter(int.class, COLUMN)
                .addParameter(Object.class, VALUE);
        List<ColumnDescriptor> columns = entity.columns();
        String name = entity.entity().simpleName();
        CodeBlock outOfRange = CodeBlock.of("default -> throw new $T($S + $N)", IndexOutOfBoundsException.class,
                name + " has " + columns.size() + (columns.size() == 1 ? " column" : " columns") + ", not ", COLUMN);
        if (entity.instantiation() == Instantiation.NO_ARG_CONSTRUCTOR) {
            method.beginControlFlow("switch ($N)", COLUMN);
            for (int i = 0; i < columns.size(); i++) {
                method.addStatement("case $L -> $L", i,
                        ValueCode.set(columns.get(i), ENTITY, cast(name, columns.get(i), true)));
            }
            return method.addStatement(outOfRange).endControlFlow().addStatement("return $N", ENTITY).build();
        }
        List<CodeBlock> current = columns.stream().map(column -> ValueCode.get(column, ENTITY)).toList();
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int i = 0; i < columns.size(); i++) {
            List<CodeBlock> values = new ArrayList<>(current);
            values.set(i, cast(name, columns.get(i), false));
            List<CodeBlock> arguments = MapperWriter.arguments(entity, values,
                    relation -> ValueCode.get(relation.reader(), ENTITY));
            cases.addStatement("case $L -> new $T($Z$L)", i, entity.entity(), CodeBlock.join(arguments, ",$W"));
        }
        CodeBlock.Builder body = CodeBlock.builder().add(cases.build()).addStatement(outOfRange).unindent();
        if (entity.record() || entity.relations().isEmpty()) {
            return method.addCode("return switch ($N) {\n$>", COLUMN).addCode(body.add("};\n").build()).build();
        }
        // a class built through its all-columns constructor: the new instance keeps the relationships
        method.addCode("$T $N = switch ($N) {\n$>", entity.entity(), CHANGED, COLUMN)
                .addCode(body.add("};\n").build());
        for (RelationDescriptor relation : entity.relations()) {
            method.addStatement(ValueCode.set(relation.writer(), CHANGED, ValueCode.get(relation.reader(), ENTITY)));
        }
        return method.addStatement("return $N", CHANGED).build();
    }

    /**
     * {@code (String) value}; for a primitive column {@code (int) (Integer) Objects.requireNonNull(value, "...")},
     * so that a {@code null} fails naming the column. With {@code wrap} the message may go on the next
     * line (an assignment); without, the call stays whole (a constructor argument, which goes on
     * its own line instead).
     */
    private static CodeBlock cast(String entity, ColumnDescriptor column, boolean wrap) {
        if (!column.primitive()) {
            return CodeBlock.of("($T) $N", column.javaType(), VALUE);
        }
        String message = entity + "." + column.property() + " is a primitive " + column.javaType()
                + ": it cannot be set to null";
        return CodeBlock.of(wrap ? "($T) ($T) $T.requireNonNull($N,$W$S)" : "($T) ($T) $T.requireNonNull($N, $S)",
                column.javaType(), column.boxedType(), Objects.class, VALUE, message);
    }
}
