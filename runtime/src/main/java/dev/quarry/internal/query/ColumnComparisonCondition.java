package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;

/** {@code column <operator> other}, comparing two columns. */
final class ColumnComparisonCondition<S> extends AbstractCondition<S> {
    private final ColumnImpl<S, ?> left;
    private final String operator;
    private final ColumnImpl<S, ?> right;

    ColumnComparisonCondition(ColumnImpl<S, ?> left, String operator, ColumnImpl<S, ?> right) {
        this.left = left;
        this.operator = operator;
        this.right = right;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        left.renderTo(sql);
        sql.append(" ").append(operator).append(" ");
        right.renderTo(sql);
    }

    @Override
    public String toString() {
        return left + " " + operator + " " + right;
    }
}
