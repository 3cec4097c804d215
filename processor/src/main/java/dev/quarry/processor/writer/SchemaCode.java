package dev.quarry.processor.writer;

import com.palantir.javapoet.CodeBlock;
import dev.quarry.processor.model.CheckDescriptor;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.ForeignKeyDescriptor;
import dev.quarry.processor.model.IndexDescriptor;
import dev.quarry.processor.model.JoinTableDescriptor;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The {@code new TableSchema(...)} expressions of a metamodel: the entity's table and its generated join tables. */
final class SchemaCode {
    private static final String CASCADE = "CASCADE";

    private SchemaCode() {
    }

    /** The schema of the entity's table. */
    static CodeBlock table(EntityDescriptor entity) {
        return table(entity.table(),
                entity.columns().stream().map(SchemaCode::column).toList(),
                entity.keyColumns().stream().map(ColumnDescriptor::name).toList(),
                entity.foreignKeys(),
                entity.indexes(),
                named(entity, ColumnDescriptor::version),
                named(entity, ColumnDescriptor::createdAt),
                named(entity, ColumnDescriptor::updatedAt),
                entity.checks());
    }

    /** The name of the entity's first column with {@code role}, or {@code null}. */
    private static String named(EntityDescriptor entity, Predicate<ColumnDescriptor> role) {
        return entity.columns().stream().filter(role).map(ColumnDescriptor::name).findFirst().orElse(null);
    }

    /**
     * The schema of a generated join table: both columns NOT NULL and together the primary key,
     * each a cascading foreign key to its side, and an index on the target column.
     */
    static CodeBlock joinTable(JoinTableDescriptor joinTable) {
        JoinTableDescriptor.Column source = joinTable.sourceColumn();
        JoinTableDescriptor.Column target = joinTable.targetColumn();
        return table(joinTable.name(),
                List.of(column(source), column(target)),
                List.of(source.name(), target.name()),
                List.of(foreignKey(joinTable, source), foreignKey(joinTable, target)),
                List.of(new IndexDescriptor(joinTable.targetIndexName(), List.of(target.name()), false)),
                null, null, null, List.of());
    }

    private static ForeignKeyDescriptor foreignKey(JoinTableDescriptor joinTable, JoinTableDescriptor.Column column) {
        return new ForeignKeyDescriptor(joinTable.foreignKeyName(column), column.name(), column.referencedTable(),
                column.referencedColumn(), CASCADE);
    }

    private static CodeBlock table(String name, List<CodeBlock> columns, List<String> primaryKey,
            List<ForeignKeyDescriptor> foreignKeys, List<IndexDescriptor> indexes, String version, String createdAt,
            String updatedAt, List<CheckDescriptor> checks) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("new $T($S,\n", RuntimeTypes.TABLE_SCHEMA, name)
                .indent()
                .indent();
        code.add(list(columns, block -> block)).add(",\n");
        code.add(strings(primaryKey)).add(",\n");
        code.add(list(foreignKeys, SchemaCode::foreignKey)).add(",\n");
        code.add(list(indexes, SchemaCode::index));
        if (!checks.isEmpty()) {
            // a table with checks uses the canonical constructor: all nine arguments
            code.add(",\n$L,\n$L,\n$L,\n", literal(version), literal(createdAt), literal(updatedAt));
            code.add(list(checks, SchemaCode::check));
        } else if (createdAt != null || updatedAt != null) {
            // a table with timestamps names all three (null for those it lacks)
            code.add(",\n$L,\n$L,\n$L", literal(version), literal(createdAt), literal(updatedAt));
        } else if (version != null) {
            // only a versioned table names its version column (the five-argument constructor otherwise)
            code.add(",\n$S", version);
        }
        code.add(")");
        return code.unindent().unindent().build();
    }

    /** A string literal, or {@code null}. */
    private static CodeBlock literal(String value) {
        return value == null ? CodeBlock.of("null") : CodeBlock.of("$S", value);
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

    /** A join-table column: no Java property of its own, so its name stands for the property too. */
    private static CodeBlock column(JoinTableDescriptor.Column column) {
        return CodeBlock.of("new $T($S, $S, $T.$L, $L, $L, $L, false, false, null)",
                RuntimeTypes.COLUMN_SCHEMA, column.name(), column.name(), RuntimeTypes.VALUE_TYPE,
                column.kind().name(), column.length(), column.precision(), column.scale());
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

    private static CodeBlock check(CheckDescriptor check) {
        return CodeBlock.of("new $T($S, $S)", RuntimeTypes.CHECK_SCHEMA, check.name(), check.expression());
    }
}
