package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.internal.sql.SqlFragment;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Expression;
import dev.quarry.query.Sort;
import dev.quarry.query.Table;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A column of a table: renders as its quoted name, qualified by the table's alias when the table
 * has one, and builds immutable conditions and sorts.
 */
class ColumnImpl<E, T> implements Column<E, T>, SqlFragment {
    private final Table<E> table;
    private final ColumnSchema schema;

    ColumnImpl(Table<E> table, ColumnSchema schema) {
        this.table = Objects.requireNonNull(table, "table");
        this.schema = Objects.requireNonNull(schema, "schema");
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

    @Override
    public void renderTo(SqlBuilder sql) {
        sql.qualified(table.alias().orElse(null), schema.name());
    }

    @Override
    public Condition<E> eq(T value) {
        return compare("=", value, "eq", "isNull()");
    }

    @Override
    public Condition<E> eq(Expression<E, T> other) {
        return compare("=", other);
    }

    @Override
    public Condition<E> ne(T value) {
        return compare("<>", value, "ne", "isNotNull()");
    }

    @Override
    public Condition<E> ne(Expression<E, T> other) {
        return compare("<>", other);
    }

    @Override
    public Condition<E> lt(T value) {
        return compare("<", value, "lt", "isNull()");
    }

    @Override
    public Condition<E> le(T value) {
        return compare("<=", value, "le", "isNull()");
    }

    @Override
    public Condition<E> gt(T value) {
        return compare(">", value, "gt", "isNull()");
    }

    @Override
    public Condition<E> ge(T value) {
        return compare(">=", value, "ge", "isNull()");
    }

    @Override
    public Condition<E> between(T low, T high) {
        return new BetweenCondition<>(this, requireValue(low, "between", "isNull()"),
                requireValue(high, "between", "isNull()"));
    }

    @Override
    public Condition<E> in(Collection<? extends T> values) {
        return inList(values, false);
    }

    @Override
    public Condition<E> notIn(Collection<? extends T> values) {
        return inList(values, true);
    }

    @Override
    public Condition<E> isNull() {
        return new NullCondition<>(this, false);
    }

    @Override
    public Condition<E> isNotNull() {
        return new NullCondition<>(this, true);
    }

    @Override
    public Sort<E> asc() {
        return new SortImpl<>(this, false, SortImpl.Nulls.DEFAULT);
    }

    @Override
    public Sort<E> desc() {
        return new SortImpl<>(this, true, SortImpl.Nulls.DEFAULT);
    }

    final Condition<E> compare(String operator, T value, String method, String alternative) {
        return new ComparisonCondition<>(this, operator, requireValue(value, method, alternative));
    }

    private Condition<E> compare(String operator, Expression<E, T> other) {
        Objects.requireNonNull(other, "other");
        if (!(other instanceof ColumnImpl<E, T> column)) {
            throw new IllegalArgumentException("not a column of a Quarry table: " + other);
        }
        return new ColumnComparisonCondition<>(this, operator, column);
    }

    private Condition<E> inList(Collection<? extends T> values, boolean negated) {
        String method = negated ? "notIn" : "in";
        Objects.requireNonNull(values, method + "(values)");
        if (values.isEmpty()) {
            return new ConstantCondition<>(negated);
        }
        List<Object> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(requireValue(value, method, negated ? "isNotNull()" : "isNull()"));
        }
        return new InCondition<>(this, List.copyOf(copy), negated);
    }

    final T requireValue(T value, String method, String alternative) {
        if (value == null) {
            throw new NullPointerException(method + "(null) on column " + describe()
                    + ": null is not a value in SQL comparisons; use " + alternative + " instead");
        }
        return value;
    }

    private String describe() {
        return table.alias().orElse(table.name()) + "." + schema.name();
    }

    @Override
    public String toString() {
        return describe();
    }
}
