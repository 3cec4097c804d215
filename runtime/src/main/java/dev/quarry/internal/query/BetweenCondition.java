package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;

/** {@code column BETWEEN ? AND ?}. */
final class BetweenCondition<S> extends AbstractCondition<S> {
    private final ExprImpl<?, ?> column;
    private final Object low;
    private final Object high;

    BetweenCondition(ExprImpl<?, ?> column, Object low, Object high) {
        this.column = column;
        this.low = low;
        this.high = high;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderOperand(sql);
        sql.append(" BETWEEN ").bind(low, column.type()).append(" AND ").bind(high, column.type());
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        column.tables(out);
    }

    @Override
    public String toString() {
        return column + " between " + low + " and " + high;
    }
}
