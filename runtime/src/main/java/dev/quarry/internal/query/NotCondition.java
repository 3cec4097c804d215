package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;

/** {@code NOT (condition)}. */
final class NotCondition<S> extends AbstractCondition<S> {
    private final AbstractCondition<S> operand;

    NotCondition(AbstractCondition<S> operand) {
        this.operand = operand;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        sql.append("NOT (");
        operand.renderTo(sql);
        sql.append(")");
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        operand.tables(out);
    }

    @Override
    public String toString() {
        return "not (" + operand + ")";
    }
}
