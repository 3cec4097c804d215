package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Column;
import dev.quarry.query.Table;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ValueType;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A column of a table: renders as its quoted name, qualified by the table's alias when the table
 * has one (or by the table's name in a query over several tables).
 */
class ColumnImpl<E, T> extends ExprImpl<E, T> implements Column<E, T> {
    private final Table<E> table;
    private final ColumnSchema schema;
    private final Class<?> javaType;

    ColumnImpl(Table<E> table, ColumnSchema schema, Class<?> javaType) {
        this.table = Objects.requireNonNull(table, "table");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.javaType = javaType;
    }

    @Override
    public Table<E> table() {
        return table;
    }

    @Override
    public String name() {
        return schema.name();
    }

    @Override
    public String property() {
        return schema.property();
    }

    @Override
    public ValueType type() {
        return schema.type();
    }

    /** Whether the column accepts NULL. */
    boolean nullable() {
        return schema.nullable();
    }

    @Override
    Class<?> enumClass() {
        return schema.type() == ValueType.ENUM ? javaType : null;
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        out.accept(table);
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        String qualifier = table.alias().orElse(sql.qualifying() ? table.name() : null);
        sql.qualified(qualifier, schema.name());
    }

    @Override
    public String toString() {
        return table.alias().orElse(table.name()) + "." + schema.name();
    }
}
