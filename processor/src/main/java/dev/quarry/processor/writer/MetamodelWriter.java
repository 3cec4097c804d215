package dev.quarry.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.ForeignKeyDescriptor;
import dev.quarry.processor.model.IndexDescriptor;
import dev.quarry.processor.model.ValueKind;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.List;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/** Writes the metamodel {@code X_}: the table schema, the table constant, one typed column per property. */
public final class MetamodelWriter extends SourceFileWriter<EntityDescriptor> {

    public MetamodelWriter(Filer filer, Diagnostics diagnostics) {
        super(filer, diagnostics);
    }

    @Override
    protected ClassName typeName(EntityDescriptor entity) {
        return entity.metamodel();
    }

    @Override
    protected TypeSpec.Builder type(EntityDescriptor entity) {
        ClassName self = entity.metamodel();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("Metamodel of {@link $T}: the {@code $L} table and its typed columns.\n",
                        entity.entity(), entity.table())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ABSTRACT_ENTITY_TABLE, entity.entity(),
                        entity.keyType()))
                .addField(FieldSpec.builder(RuntimeTypes.TABLE_SCHEMA, Names.SCHEMA_FIELD,
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The schema of {@code $L}, as declared on {@link $T}.\n",
                                entity.table(), entity.entity())
                        .initializer(schema(entity))
                        .build())
                .addField(FieldSpec.builder(self, entity.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The {@code $L} table.\n", entity.table())
                        .initializer("new $T(null)", self)
                        .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "alias")
                .addStatement("super($L, $T.INSTANCE, alias)", Names.SCHEMA_FIELD, entity.mapper());
        for (int i = 0; i < entity.columns().size(); i++) {
            ColumnDescriptor column = entity.columns().get(i);
            type.addField(FieldSpec.builder(columnType(entity, column), column.property(),
                            Modifier.PUBLIC, Modifier.FINAL)
                    .addJavadoc("Column {@code $L}: {@link $T#$L}.\n", column.name(), entity.entity(),
                            column.property())
                    .build());
            if (column.kind() == ValueKind.STRING) {
                constructor.addStatement("this.$N = stringColumn($L)", column.property(), i);
            } else {
                constructor.addStatement("this.$N = column($L, $T.class)", column.property(), i, column.boxedType());
            }
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("as")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(String.class, "alias")
                .addStatement("return new $T(requireAlias(alias))", self)
                .build());
        if (entity.compositeKey()) {
            type.addType(keyRecord(entity));
        }
        return suppress(type, entity.suppressions());
    }

    private static TypeName columnType(EntityDescriptor entity, ColumnDescriptor column) {
        return column.kind() == ValueKind.STRING
                ? ParameterizedTypeName.get(RuntimeTypes.STRING_COLUMN, entity.entity())
                : ParameterizedTypeName.get(RuntimeTypes.COLUMN_TYPE, entity.entity(), column.boxedType());
    }

    private static TypeSpec keyRecord(EntityDescriptor entity) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (ColumnDescriptor column : entity.keyColumns()) {
            components.addParameter(column.javaType(), column.property());
        }
        return TypeSpec.recordBuilder(Names.KEY_RECORD)
                .addJavadoc("The primary key of {@link $T}: its {@code @Id} columns, in key order.\n", entity.entity())
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(components.build())
                .build();
    }

    private static CodeBlock schema(EntityDescriptor entity) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("new $T($S,\n", RuntimeTypes.TABLE_SCHEMA, entity.table())
                .indent()
                .indent();
        code.add(list(entity.columns(), MetamodelWriter::column)).add(",\n");
        code.add(strings(entity.keyColumns().stream().map(ColumnDescriptor::name).toList())).add(",\n");
        code.add(list(entity.foreignKeys(), MetamodelWriter::foreignKey)).add(",\n");
        code.add(list(entity.indexes(), MetamodelWriter::index)).add(")");
        return code.unindent().unindent().build();
    }

    /** {@code List.of()}, or {@code List.of(} with one element per line. */
    private static <T> CodeBlock list(List<T> items, Function<T, CodeBlock> element) {
        if (items.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        List<CodeBlock> elements = items.stream().map(element).toList();
        return CodeBlock.builder()
                .add("$T.of(\n", List.class)
                .indent()
                .add(CodeBlock.join(elements, ",\n"))
                .add(")")
                .unindent()
                .build();
    }

    /** {@code List.of("a", "b")} on one line. */
    private static CodeBlock strings(List<String> strings) {
        return CodeBlock.of("$T.of($L)", List.class,
                CodeBlock.join(strings.stream().map(string -> CodeBlock.of("$S", string)).toList(), ", "));
    }

    private static CodeBlock column(ColumnDescriptor column) {
        return CodeBlock.of("new $T($S, $S, $T.$L, $L, $L, $L, $L, $L, $L)",
                RuntimeTypes.COLUMN_SCHEMA, column.name(), column.property(), RuntimeTypes.VALUE_TYPE,
                column.kind().name(), column.length(), column.precision(), column.scale(), column.nullable(),
                column.generated(),
                column.hasServerDefault() ? CodeBlock.of("$S", column.serverDefault()) : CodeBlock.of("null"));
    }

    private static CodeBlock foreignKey(ForeignKeyDescriptor foreignKey) {
        return CodeBlock.of("new $T($S, $L, $S, $L, $T.$L)",
                RuntimeTypes.FOREIGN_KEY_SCHEMA, foreignKey.name(), strings(List.of(foreignKey.column())),
                foreignKey.referencedTable(), strings(List.of(foreignKey.referencedColumn())),
                RuntimeTypes.REFERENTIAL_ACTION, foreignKey.onDelete());
    }

    private static CodeBlock index(IndexDescriptor index) {
        return CodeBlock.of("new $T($S, $L, $L)",
                RuntimeTypes.INDEX_SCHEMA, index.name(), strings(index.columns()), index.unique());
    }
}
