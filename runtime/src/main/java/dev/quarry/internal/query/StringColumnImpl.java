package dev.quarry.internal.query;

import dev.quarry.query.Condition;
import dev.quarry.query.StringColumn;
import dev.quarry.query.Table;
import dev.quarry.spi.ColumnSchema;

/** A text column: adds {@code LIKE} and {@code NOT LIKE}. */
final class StringColumnImpl<E> extends ColumnImpl<E, String> implements StringColumn<E> {
    StringColumnImpl(Table<E> table, ColumnSchema schema) {
        super(table, schema, String.class);
    }

    @Override
    public Condition<E> like(String pattern) {
        return compare("LIKE", pattern, "like", NO_BOUND);
    }

    @Override
    public Condition<E> notLike(String pattern) {
        return compare("NOT LIKE", pattern, "notLike", NO_BOUND);
    }
}
