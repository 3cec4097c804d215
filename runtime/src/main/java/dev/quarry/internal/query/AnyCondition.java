package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlArray;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;

/**
 * {@code column = ANY (?)} with the values bound as one array: what the loader sends for a
 * select-in level on a database with arrays, so the statement has one parameter and one shape
 * (prepared once by the driver) whatever the number of parents.
 */
final class AnyCondition<S> extends AbstractCondition<S> {
    private final ExprImpl<?, ?> column;
    private final SqlArray values;

    AnyCondition(ExprImpl<?, ?> column, SqlArray values) {
        this.column = column;
        this.values = values;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderOperand(sql);
        sql.append(" = ANY (");
        sql.bind(values, column.type());
        sql.append(")");
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        column.tables(out);
    }

    @Override
    public String toString() {
        return column + " = any " + values;
    }
}
