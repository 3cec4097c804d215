package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;
import java.util.List;

/** {@code column IN (?, ...)} or {@code NOT IN}, for a non-empty list of values. */
final class InCondition<S> extends AbstractCondition<S> {
    private final ExprImpl<?, ?> column;
    private final List<Object> values;
    private final boolean negated;

    InCondition(ExprImpl<?, ?> column, List<Object> values, boolean negated) {
        this.column = column;
        this.values = values;
        this.negated = negated;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderOperand(sql);
        sql.append(negated ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.bind(values.get(i), column.type());
        }
        sql.append(")");
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        column.tables(out);
    }

    @Override
    public String toString() {
        return column + (negated ? " not in " : " in ") + values;
    }
}
