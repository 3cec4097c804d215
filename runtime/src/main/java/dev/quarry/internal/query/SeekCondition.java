package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import dev.quarry.spi.ValueType;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keyset pagination: the rows after the row whose {@code ORDER BY} values are {@code values}. With
 * every term in one direction it is a row-value comparison, {@code (a, b) > (?, ?)}; with mixed
 * directions it expands to {@code a > ? OR (a = ? AND b < ?)}.
 */
final class SeekCondition<S> extends AbstractCondition<S> {
    private final List<SortImpl<?>> sorts;
    private final List<Object> values;

    private SeekCondition(List<SortImpl<?>> sorts, List<Object> values) {
        this.sorts = sorts;
        this.values = values;
    }

    /** Checks the values against the sorts (count, type, nulls) and builds the condition. */
    static <S> SeekCondition<S> of(List<SortImpl<?>> sorts, List<Object> values) {
        if (sorts.isEmpty()) {
            throw new IllegalStateException("seek(...) needs an orderBy(...) first: keyset pagination continues after"
                    + " the last row of an ordered page");
        }
        if (sorts.size() != values.size()) {
            throw new IllegalStateException("seek(...) got " + values.size() + " values for the " + sorts.size()
                    + " terms of the order " + sorts + ": pass the last row's value of each, in order");
        }
        for (int i = 0; i < sorts.size(); i++) {
            SortImpl<?> sort = sorts.get(i);
            ExprImpl<?, ?> expression = sort.expression();
            Object value = values.get(i);
            if (value == null) {
                throw new NullPointerException("seek(...): the value for " + expression + " is null; keyset pagination"
                        + " needs non-null order values (order by NOT NULL columns, ending with a unique one)");
            }
            if (sort.nullsOrdered()) {
                throw new IllegalStateException("seek(...) cannot continue an order with nullsFirst/nullsLast (" + sort
                        + "): leave them out, and order by NOT NULL columns");
            }
            if (expression instanceof ColumnImpl<?, ?> column && column.nullable()) {
                throw new IllegalStateException("seek(...) over the nullable column " + column + " would skip its NULL"
                        + " rows: order by NOT NULL columns, ending with a unique one");
            }
            if (ValueTypes.of(ValueTypes.classOf(value)) != expression.type()
                    || (expression.enumClass() != null && expression.enumClass() != ValueTypes.classOf(value))) {
                throw new IllegalArgumentException("seek(...): " + value + " (" + value.getClass().getName()
                        + ") is not a value of " + expression + " (" + expression.type() + "): pass a "
                        + (expression.enumClass() != null ? expression.enumClass().getTypeName()
                                : expression.type() == ValueType.ENUM ? "constant of its enum"
                                : ValueTypes.javaType(expression.type()).getTypeName()));
            }
        }
        return new SeekCondition<>(List.copyOf(sorts), List.copyOf(values));
    }

    private boolean uniform() {
        for (SortImpl<?> sort : sorts) {
            if (sort.descending() != sorts.get(0).descending()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        if (sorts.size() == 1 || uniform()) {
            String operator = sorts.get(0).descending() ? " < " : " > ";
            if (sorts.size() == 1) {
                sorts.get(0).expression().renderOperand(sql);
                sql.append(operator).bind(values.get(0), sorts.get(0).expression().type());
                return;
            }
            sql.append("(");
            for (int i = 0; i < sorts.size(); i++) {
                sql.append(i == 0 ? "" : ", ");
                sorts.get(i).expression().renderOperand(sql);
            }
            sql.append(")").append(operator).append("(");
            for (int i = 0; i < sorts.size(); i++) {
                sql.append(i == 0 ? "" : ", ").bind(values.get(i), sorts.get(i).expression().type());
            }
            sql.append(")");
            return;
        }
        for (int k = 0; k < sorts.size(); k++) {
            sql.append(k == 0 ? "(" : " OR ");
            sql.append(k == 0 ? "" : "(");
            for (int i = 0; i <= k; i++) {
                SortImpl<?> sort = sorts.get(i);
                sql.append(i == 0 ? "" : " AND ");
                sort.expression().renderOperand(sql);
                sql.append(i < k ? " = " : sort.descending() ? " < " : " > ");
                sql.bind(values.get(i), sort.expression().type());
            }
            sql.append(k == 0 ? "" : ")");
        }
        sql.append(")");
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        sorts.forEach(sort -> sort.tables(out));
    }

    @Override
    public String toString() {
        return "seek " + sorts + " after " + values;
    }
}
