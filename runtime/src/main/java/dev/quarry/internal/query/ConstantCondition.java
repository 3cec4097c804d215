package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;

/** A condition that is always true or always false (what {@code in} and {@code notIn} of no values mean). */
final class ConstantCondition<S> extends AbstractCondition<S> {
    private final boolean value;

    ConstantCondition(boolean value) {
        this.value = value;
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        sql.append(value ? "1 = 1" : "1 = 0");
    }

    @Override
    void tables(Consumer<Table<?>> out) {
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
