package dev.quarry.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.Instantiation;
import dev.quarry.processor.model.RelationDescriptor;
import dev.quarry.processor.util.RuntimeTypes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/** Writes the mapper {@code X_Mapper}: reads rows by index and binds parameters, without reflection. */
public final class MapperWriter extends SourceFileWriter<EntityDescriptor> {
    private static final String ENTITY = "entity";
    private static final String ROW = "row";
    private static final String PARAMS = "params";
    private static final String OMITTED = "omitted";
    private static final String INDEX = "index";

    public MapperWriter(Filer filer, Diagnostics diagnostics) {
        super(filer, diagnostics);
    }

    @Override
    protected ClassName typeName(EntityDescriptor entity) {
        return entity.mapper();
    }

    @Override
    protected TypeSpec.Builder type(EntityDescriptor entity) {
        ClassName self = entity.mapper();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("Maps {@link $T} to and from rows of {@code $L}; used through {@link $T}.\n",
                        entity.entity(), entity.table(), entity.metamodel())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.ENTITY_MAPPER, entity.entity(),
                        entity.keyType()))
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(override("entityClass", ParameterizedTypeName.get(ClassName.get(Class.class),
                                entity.entity()))
                        .addStatement("return $T.class", entity.entity())
                        .build())
                .addMethod(read(entity))
                .addMethod(omittedDefaults(entity))
                .addMethod(bindInsert(entity))
                .addMethod(withReturned(entity))
                .addMethod(key(entity))
                .addMethod(bindKey(entity))
                .addMethod(WithColumnCode.method(entity));
        return suppress(SnapshotCode.addTo(type, entity), entity.suppressions());
    }

    private static MethodSpec read(EntityDescriptor entity) {
        MethodSpec.Builder method = override("read", entity.entity())
                .addParameter(RuntimeTypes.ROW_READER, ROW)
                .addParameter(int.class, "first")
                .addException(SQLException.class);
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < entity.columns().size(); i++) {
            CodeBlock index = i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i);
            values.add(ValueCode.read(entity.columns().get(i), ROW, index));
        }
        if (entity.record()) {
            return method.addStatement("return $L",
                    construct(entity, values, relation -> RelationCode.holder(entity, relation))).build();
        }
        if (entity.instantiation() == Instantiation.ALL_COLUMNS_CONSTRUCTOR) {
            if (entity.relations().isEmpty()) {
                return method.addStatement("return $L", construct(entity, values, null)).build();
            }
            method.addStatement("$T $N = $L", entity.entity(), ENTITY, construct(entity, values, null));
        } else {
            method.addStatement("$T $N = new $T()", entity.entity(), ENTITY, entity.entity());
            for (int i = 0; i < entity.columns().size(); i++) {
                method.addStatement(ValueCode.set(entity.columns().get(i), ENTITY, values.get(i)));
            }
        }
        for (RelationDescriptor relation : entity.relations()) {
            method.addStatement(ValueCode.set(relation.writer(), ENTITY, RelationCode.holder(entity, relation)));
        }
        return method.addStatement("return $N", ENTITY).build();
    }

    private static MethodSpec omittedDefaults(EntityDescriptor entity) {
        MethodSpec.Builder method = override("omittedDefaults", TypeName.LONG)
                .addParameter(entity.entity(), ENTITY);
        List<ColumnDescriptor> defaults = entity.serverDefaultColumns();
        if (defaults.stream().allMatch(ColumnDescriptor::primitive)) {
            return method.addStatement("return 0L").build();
        }
        method.addStatement("long $N = 0L", OMITTED);
        for (int k = 0; k < defaults.size(); k++) {
            ColumnDescriptor column = defaults.get(k);
            if (!column.primitive()) {
                method.beginControlFlow("if ($L == null)", ValueCode.get(column, ENTITY))
                        .addStatement("$N |= $L", OMITTED, ValueCode.bit(k))
                        .endControlFlow();
            }
        }
        return method.addStatement("return $N", OMITTED).build();
    }

    private static MethodSpec bindInsert(EntityDescriptor entity) {
        MethodSpec.Builder method = override("bindInsert", TypeName.INT)
                .addParameter(entity.entity(), ENTITY)
                .addParameter(long.class, OMITTED)
                .addParameter(RuntimeTypes.PARAMETER_BINDER, PARAMS)
                .addParameter(int.class, "first")
                .addException(SQLException.class)
                .addStatement("int $N = first", INDEX);
        List<ColumnDescriptor> defaults = entity.serverDefaultColumns();
        for (ColumnDescriptor column : entity.columns()) {
            if (column.generated()) {
                continue;
            }
            CodeBlock bind = ValueCode.bind(column, false, PARAMS, CodeBlock.of("$N++", INDEX),
                    ValueCode.get(column, ENTITY));
            if (column.hasServerDefault()) {
                method.beginControlFlow("if (($N & $L) == 0L)", OMITTED, ValueCode.bit(defaults.indexOf(column)))
                        .addStatement(bind)
                        .endControlFlow();
            } else {
                method.addStatement(bind);
            }
        }
        return method.addStatement("return $N", INDEX).build();
    }

    private static MethodSpec withReturned(EntityDescriptor entity) {
        MethodSpec.Builder method = override("withReturned", entity.entity())
                .addParameter(entity.entity(), ENTITY)
                .addParameter(long.class, OMITTED)
                .addParameter(RuntimeTypes.ROW_READER, ROW)
                .addException(SQLException.class);
        List<ColumnDescriptor> defaults = entity.serverDefaultColumns();
        if (entity.generatedKey().isEmpty() && defaults.isEmpty()) {
            return method.addStatement("return $N", ENTITY).build();
        }
        method.addStatement("int $N = 1", INDEX);
        CodeBlock next = CodeBlock.of("$N++", INDEX);
        if (entity.instantiation() == Instantiation.NO_ARG_CONSTRUCTOR) {
            entity.generatedKey().ifPresent(key ->
                    method.addStatement(ValueCode.set(key, ENTITY, ValueCode.read(key, ROW, next))));
            for (int k = 0; k < defaults.size(); k++) {
                method.beginControlFlow("if (($N & $L) != 0L)", OMITTED, ValueCode.bit(k))
                        .addStatement(ValueCode.set(defaults.get(k), ENTITY, ValueCode.read(defaults.get(k), ROW, next)))
                        .endControlFlow();
            }
            return method.addStatement("return $N", ENTITY).build();
        }
        NameAllocator locals = new NameAllocator();
        for (String reserved : List.of(ENTITY, OMITTED, ROW, INDEX)) {
            locals.newName(reserved, reserved);
        }
        List<CodeBlock> values = new ArrayList<>();
        for (ColumnDescriptor column : entity.columns()) {
            boolean returned = column.generated() || column.hasServerDefault();
            if (!returned) {
                values.add(ValueCode.get(column, ENTITY));
                continue;
            }
            String local = locals.newName(column.property(), column);
            values.add(CodeBlock.of("$N", local));
            if (column.generated()) {
                method.addStatement("$T $N = $L", column.javaType(), local, ValueCode.read(column, ROW, next));
            } else {
                method.addStatement("$T $N = $L", column.javaType(), local, ValueCode.get(column, ENTITY))
                        .beginControlFlow("if (($N & $L) != 0L)", OMITTED, ValueCode.bit(defaults.indexOf(column)))
                        .addStatement("$N = $L", local, ValueCode.read(column, ROW, next))
                        .endControlFlow();
            }
        }
        if (entity.record() || entity.relations().isEmpty()) {
            return method.addStatement("return $L",
                    construct(entity, values, relation -> ValueCode.get(relation.reader(), ENTITY))).build();
        }
        // a class built through its all-columns constructor: the new instance keeps the relationships
        String returned = locals.newName("returned");
        method.addStatement("$T $N = $L", entity.entity(), returned, construct(entity, values, null));
        for (RelationDescriptor relation : entity.relations()) {
            method.addStatement(ValueCode.set(relation.writer(), returned, ValueCode.get(relation.reader(), ENTITY)));
        }
        return method.addStatement("return $N", returned).build();
    }

    private static MethodSpec key(EntityDescriptor entity) {
        MethodSpec.Builder method = override("key", entity.keyType()).addParameter(entity.entity(), ENTITY);
        List<ColumnDescriptor> keys = entity.keyColumns();
        if (!entity.compositeKey()) {
            return method.addStatement("return $L", ValueCode.get(keys.get(0), ENTITY)).build();
        }
        List<CodeBlock> values = keys.stream().map(column -> ValueCode.get(column, ENTITY)).toList();
        return method.addStatement("return new $T($L)", entity.keyType(), CodeBlock.join(values, ", ")).build();
    }

    private static MethodSpec bindKey(EntityDescriptor entity) {
        MethodSpec.Builder method = override("bindKey", TypeName.INT)
                .addParameter(entity.keyType(), "key")
                .addParameter(RuntimeTypes.PARAMETER_BINDER, PARAMS)
                .addParameter(int.class, "first")
                .addException(SQLException.class);
        List<ColumnDescriptor> keys = entity.keyColumns();
        if (!entity.compositeKey()) {
            method.addStatement(ValueCode.bind(keys.get(0), true, PARAMS, CodeBlock.of("first"), CodeBlock.of("key")));
        } else {
            for (int i = 0; i < keys.size(); i++) {
                CodeBlock index = i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i);
                method.addStatement(ValueCode.bind(keys.get(i), false, PARAMS, index,
                        CodeBlock.of("key.$N()", keys.get(i).property())));
            }
        }
        return method.addStatement("return first + $L", keys.size()).build();
    }

    /**
     * {@code new User(v1, v2, ...)} with one argument per line (a statement indents continuation
     * lines): the column values, and for a record the relationships' values in between, in
     * component order.
     */
    private static CodeBlock construct(EntityDescriptor entity, List<CodeBlock> columnValues,
            Function<RelationDescriptor, CodeBlock> relationValue) {
        return CodeBlock.builder()
                .add("new $T(\n", entity.entity())
                .add(CodeBlock.join(arguments(entity, columnValues, relationValue), ",\n"))
                .add(")")
                .build();
    }

    /** The constructor's arguments: the column values, and for a record the relationships' values in between. */
    static List<CodeBlock> arguments(EntityDescriptor entity, List<CodeBlock> columnValues,
            Function<RelationDescriptor, CodeBlock> relationValue) {
        List<CodeBlock> arguments = new ArrayList<>(columnValues);
        if (entity.record()) {
            for (RelationDescriptor relation : entity.relations()) {
                arguments.add(relation.position(), relationValue.apply(relation));
            }
        }
        return arguments;
    }

    static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }
}
