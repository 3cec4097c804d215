package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import dev.quarry.spi.ValueType;
import java.util.function.Consumer;

/** A value used as an expression: always rendered as a bound parameter. */
final class ValueExpr<S, T> extends ExprImpl<S, T> {
    private final Object value;
    private final ValueType type;
    private final Class<?> enumClass;

    ValueExpr(Object value, ValueType type, Class<?> enumClass) {
        this.value = value;
        this.type = type;
        this.enumClass = enumClass;
    }

    @Override
    ValueType type() {
        return type;
    }

    @Override
    Class<?> enumClass() {
        return enumClass;
    }

    @Override
    void tables(Consumer<Table<?>> out) {
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        sql.bind(value, type);
    }

    @Override
    public String toString() {
        return "?(" + value + ")";
    }
}
