package dev.quarry.internal.migration;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.ArrayList;
import java.util.List;

/** Builds table and column schemas for the differ's tests. */
final class Tables {
    private final String name;
    private final List<ColumnSchema> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<ForeignKeySchema> foreignKeys = new ArrayList<>();
    private final List<IndexSchema> indexes = new ArrayList<>();
    private final List<CheckSchema> checks = new ArrayList<>();

    private Tables(String name) {
        this.name = name;
    }

    static Tables table(String name) {
        return new Tables(name).column(identity("id")).key("id");
    }

    static Tables bare(String name) {
        return new Tables(name);
    }

    static ColumnSchema identity(String name) {
        return new ColumnSchema(name, name, ValueType.LONG, 0, 0, 0, false, true, null);
    }

    static ColumnSchema column(String name, ValueType type) {
        return new ColumnSchema(name, name, type, 0, 0, 0, false, false, null);
    }

    static ColumnSchema varchar(String name, int length) {
        return new ColumnSchema(name, name, ValueType.STRING, length, 0, 0, false, false, null);
    }

    static ColumnSchema nullable(ColumnSchema c) {
        return new ColumnSchema(c.name(), c.property(), c.type(), c.length(), c.precision(), c.scale(), true,
                c.generated(), c.serverDefault(), c.sqlType());
    }

    static ColumnSchema withDefault(ColumnSchema c, String expression) {
        return new ColumnSchema(c.name(), c.property(), c.type(), c.length(), c.precision(), c.scale(), c.nullable(),
                c.generated(), expression, c.sqlType());
    }

    static ColumnSchema withSqlType(ColumnSchema c, String sqlType) {
        return new ColumnSchema(c.name(), c.property(), c.type(), c.length(), c.precision(), c.scale(), c.nullable(),
                c.generated(), c.serverDefault(), sqlType);
    }

    static ForeignKeySchema foreignKey(String name, String column, String table, ReferentialAction onDelete) {
        return new ForeignKeySchema(name, List.of(column), table, List.of("id"), onDelete);
    }

    Tables column(ColumnSchema column) {
        columns.add(column);
        return this;
    }

    Tables key(String... columns) {
        primaryKey.clear();
        primaryKey.addAll(List.of(columns));
        return this;
    }

    Tables foreignKey(ForeignKeySchema foreignKey) {
        foreignKeys.add(foreignKey);
        return this;
    }

    Tables references(String column, String table) {
        columns.add(column(column, ValueType.LONG));
        foreignKeys.add(foreignKey("fk_" + name + "_" + column, column, table, ReferentialAction.NO_ACTION));
        return this;
    }

    Tables index(String indexName, boolean unique, String... columns) {
        indexes.add(new IndexSchema(indexName, List.of(columns), unique));
        return this;
    }

    Tables check(String checkName, String expression) {
        checks.add(new CheckSchema(checkName, expression));
        return this;
    }

    TableSchema build() {
        return new TableSchema(name, columns, primaryKey, foreignKeys, indexes, null, null, null, checks);
    }
}
