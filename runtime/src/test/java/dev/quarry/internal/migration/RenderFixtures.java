package dev.quarry.internal.migration;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import java.util.stream.Collectors;

/** Columns, tables and diffs for the change renderers' golden tests, and a script's text. */
final class RenderFixtures {
    private RenderFixtures() {
    }

    static ColumnSchema column(String name, ValueType type, boolean nullable) {
        return new ColumnSchema(name, name, type, 0, 0, 0, nullable, false, null);
    }

    static ColumnSchema varchar(String name, int length, boolean nullable) {
        return new ColumnSchema(name, name, ValueType.STRING, length, 0, 0, nullable, false, null);
    }

    static ColumnSchema decimal(String name, int precision, int scale) {
        return new ColumnSchema(name, name, ValueType.DECIMAL, 0, precision, scale, true, false, null);
    }

    static ColumnSchema withDefault(String name, ValueType type, boolean nullable, String serverDefault) {
        return new ColumnSchema(name, name, type, 0, 0, 0, nullable, false, serverDefault);
    }

    static ColumnSchema identity(String name) {
        return new ColumnSchema(name, name, ValueType.LONG, 0, 0, 0, false, true, null);
    }

    static TableSchema table(String name, List<ColumnSchema> columns, List<String> primaryKey) {
        return new TableSchema(name, columns, primaryKey, List.of(), List.of());
    }

    static TableSchema table(String name, List<ColumnSchema> columns, List<String> primaryKey,
            List<ForeignKeySchema> foreignKeys, List<IndexSchema> indexes, List<CheckSchema> checks) {
        return new TableSchema(name, columns, primaryKey, foreignKeys, indexes, null, null, null, checks);
    }

    static ForeignKeySchema foreignKey(String name, String column, String referenced, ReferentialAction onDelete) {
        return new ForeignKeySchema(name, List.of(column), referenced, List.of("id"), onDelete);
    }

    static IndexSchema index(String name, boolean unique, String... columns) {
        return new IndexSchema(name, List.of(columns), unique);
    }

    static SchemaDiff diff(List<TableSchema> from, List<TableSchema> to, SchemaChange... changes) {
        return new SchemaDiff(from, to, List.of(changes));
    }

    /** The steps as a script: comment lines with {@code -- }, each statement ended by {@code ;}. */
    static String script(List<ScriptStep> steps) {
        return steps.stream().map(step -> step.comments().stream().map(line -> "-- " + line + "\n")
                        .collect(Collectors.joining()) + step.sql() + ";\n")
                .collect(Collectors.joining());
    }
}
