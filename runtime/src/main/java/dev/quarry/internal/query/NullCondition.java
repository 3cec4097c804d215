package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;

/** {@code column IS NULL} or {@code column IS NOT NULL}. */
final class NullCondition<S> extends AbstractCondition<S> {
    private final ColumnImpl<S, ?> column;
    private final boolean negated;

    NullCondition(ColumnImpl<S, ?> column, boolean negated) {
        this.column = column;
        this.negated = negated;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderTo(sql);
        sql.append(negated ? " IS NOT NULL" : " IS NULL");
    }

    @Override
    public String toString() {
        return column + (negated ? " is not null" : " is null");
    }
}
