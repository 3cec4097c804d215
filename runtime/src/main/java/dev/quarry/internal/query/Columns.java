package dev.quarry.internal.query;

import dev.quarry.query.Column;
import dev.quarry.query.StringColumn;
import dev.quarry.query.Table;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.ValueType;

/** Creates the typed columns of generated tables (called by {@code AbstractEntityTable}). */
public final class Columns {
    private Columns() {
    }

    /** A column of {@code table} described by {@code schema}. */
    public static <E, T> Column<E, T> column(Table<E> table, ColumnSchema schema, Class<T> javaType) {
        if (schema.type() == ValueType.STRING) {
            @SuppressWarnings("unchecked") // T is String for a STRING column
            Column<E, T> text = (Column<E, T>) new StringColumnImpl<>(table, schema);
            return text;
        }
        return new ColumnImpl<>(table, schema, javaType);
    }

    /** A text column of {@code table} described by {@code schema}. */
    public static <E> StringColumn<E> stringColumn(Table<E> table, ColumnSchema schema) {
        if (schema.type() != ValueType.STRING) {
            throw new IllegalArgumentException("column " + schema.name() + " holds " + schema.type() + ", not STRING");
        }
        return new StringColumnImpl<>(table, schema);
    }

    /** The value type of a Java type; fails naming the supported types. */
    public static ValueType valueType(Class<?> javaType) {
        return ValueTypes.of(javaType);
    }

    /** Reads {@code column}'s value from result column {@code index} (enums by name). */
    public static Object read(Column<?, ?> column, RowReader row, int index) throws java.sql.SQLException {
        return impl(column).read(row, index);
    }

    /** The implementation behind a column of the DSL; fails clearly for a foreign implementation. */
    static <E, T> ColumnImpl<E, T> impl(Column<E, T> column) {
        java.util.Objects.requireNonNull(column, "column");
        if (column instanceof ColumnImpl<E, T> impl) {
            return impl;
        }
        throw new IllegalArgumentException("not a column of a Quarry table: " + column);
    }
}
