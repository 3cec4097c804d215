package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;

/** {@code column <operator> ?}, for =, <>, <, <=, >, >=, LIKE and NOT LIKE. */
final class ComparisonCondition<S> extends AbstractCondition<S> {
    private final ColumnImpl<S, ?> column;
    private final String operator;
    private final Object value;

    ComparisonCondition(ColumnImpl<S, ?> column, String operator, Object value) {
        this.column = column;
        this.operator = operator;
        this.value = value;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderTo(sql);
        sql.append(" ").append(operator).append(" ").bind(value, column.type());
    }

    @Override
    public String toString() {
        return column + " " + operator + " " + value;
    }
}
