package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;

/** {@code column IS NULL} or {@code column IS NOT NULL}. */
final class NullCondition<S> extends AbstractCondition<S> {
    private final ExprImpl<?, ?> column;
    private final boolean negated;

    NullCondition(ExprImpl<?, ?> column, boolean negated) {
        this.column = column;
        this.negated = negated;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderOperand(sql);
        sql.append(negated ? " IS NOT NULL" : " IS NULL");
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        column.tables(out);
    }

    @Override
    public String toString() {
        return column + (negated ? " is not null" : " is null");
    }
}
