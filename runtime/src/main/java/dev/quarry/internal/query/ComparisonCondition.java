package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;

/** {@code column <operator> ?}, for =, <>, <, <=, >, >=, LIKE and NOT LIKE. */
final class ComparisonCondition<S> extends AbstractCondition<S> {
    private final ExprImpl<?, ?> column;
    private final String operator;
    private final Object value;

    ComparisonCondition(ExprImpl<?, ?> column, String operator, Object value) {
        this.column = column;
        this.operator = operator;
        this.value = value;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderOperand(sql);
        sql.append(" ").append(operator).append(" ").bind(value, column.type());
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        column.tables(out);
    }

    @Override
    public String toString() {
        return column + " " + operator + " " + value;
    }
}
