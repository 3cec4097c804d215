package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;

/** {@code left <operator> right}, comparing two expressions. */
final class ExpressionComparisonCondition<S> extends AbstractCondition<S> {
    private final ExprImpl<?, ?> left;
    private final String operator;
    private final ExprImpl<?, ?> right;

    ExpressionComparisonCondition(ExprImpl<?, ?> left, String operator, ExprImpl<?, ?> right) {
        this.left = left;
        this.operator = operator;
        this.right = right;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        left.renderOperand(sql);
        sql.append(" ").append(operator).append(" ");
        right.renderOperand(sql);
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        left.tables(out);
        right.tables(out);
    }

    @Override
    public String toString() {
        return left + " " + operator + " " + right;
    }
}
