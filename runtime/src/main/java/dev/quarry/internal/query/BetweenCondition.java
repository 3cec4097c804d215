package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;

/** {@code column BETWEEN ? AND ?}. */
final class BetweenCondition<S> extends AbstractCondition<S> {
    private final ColumnImpl<S, ?> column;
    private final Object low;
    private final Object high;

    BetweenCondition(ColumnImpl<S, ?> column, Object low, Object high) {
        this.column = column;
        this.low = low;
        this.high = high;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderTo(sql);
        sql.append(" BETWEEN ").bind(low, column.type()).append(" AND ").bind(high, column.type());
    }

    @Override
    public String toString() {
        return column + " between " + low + " and " + high;
    }
}
