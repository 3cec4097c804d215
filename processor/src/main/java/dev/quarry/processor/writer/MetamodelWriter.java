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
import dev.quarry.processor.model.JoinTableDescriptor;
import dev.quarry.processor.model.RelationDescriptor;
import dev.quarry.processor.model.ValueKind;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes the metamodel {@code X_}: the table schema (and those of generated join tables), the
 * table constant, one typed column per column property, one {@code Relation} per relationship.
 */
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
                .addJavadoc("Metamodel of {@link $T}: the {@code $L} table and its typed columns$L.\n",
                        entity.entity(), entity.table(), entity.relations().isEmpty() ? "" : " and relationships")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ABSTRACT_ENTITY_TABLE, entity.entity(),
                        entity.keyType()))
                .addField(FieldSpec.builder(RuntimeTypes.TABLE_SCHEMA, Names.SCHEMA_FIELD,
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The schema of {@code $L}, as declared on {@link $T}.\n",
                                entity.table(), entity.entity())
                        .initializer(SchemaCode.table(entity))
                        .build());
        for (JoinTableDescriptor joinTable : entity.joinTables()) {
            type.addField(FieldSpec.builder(RuntimeTypes.TABLE_SCHEMA, joinTable.constant(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The schema of join table {@code $L}, which Quarry generates for {@link $T#$L}.\n",
                            joinTable.name(), entity.entity(), owner(entity, joinTable))
                    .initializer(SchemaCode.joinTable(joinTable))
                    .build());
        }
        type.addField(FieldSpec.builder(self, entity.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The {@code $L} table.\n", entity.table())
                .initializer("new $T(null)", self)
                .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "alias");
        if (entity.joinTables().isEmpty()) {
            constructor.addStatement("super($L, $T.INSTANCE, alias)", Names.SCHEMA_FIELD, entity.mapper());
        } else {
            CodeBlock joinTables = CodeBlock.join(entity.joinTables().stream()
                    .map(joinTable -> CodeBlock.of("$N", joinTable.constant())).toList(), ", ");
            constructor.addStatement("super($L, $T.of($L), $T.INSTANCE, alias)", Names.SCHEMA_FIELD, List.class,
                    joinTables, entity.mapper());
        }
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
        for (RelationDescriptor relation : entity.relations()) {
            type.addField(RelationCode.field(entity, relation));
            constructor.addStatement(RelationCode.statement(relation));
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

    /** The property whose join table this is. */
    private static String owner(EntityDescriptor entity, JoinTableDescriptor joinTable) {
        return entity.relations().stream()
                .filter(relation -> joinTable.equals(relation.generatedJoinTable()))
                .findFirst()
                .orElseThrow()
                .property();
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
}
