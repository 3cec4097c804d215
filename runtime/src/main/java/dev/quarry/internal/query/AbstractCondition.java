package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlFragment;
import dev.quarry.query.Condition;
import dev.quarry.query.Table;
import java.util.Objects;
import java.util.function.Consumer;

/** Base of every condition: combines with {@code AND}, {@code OR} and {@code NOT} into new conditions. */
abstract class AbstractCondition<S> implements Condition<S>, SqlFragment {
    @Override
    public Condition<S> and(Condition<S> other) {
        return Junction.of(Junction.Kind.AND, this, impl(other));
    }

    @Override
    public Condition<S> or(Condition<S> other) {
        return Junction.of(Junction.Kind.OR, this, impl(other));
    }

    @Override
    public Condition<S> not() {
        return new NotCondition<>(this);
    }

    /** Reports every table this condition reads (for the {@code FROM} check). */
    abstract void tables(Consumer<Table<?>> out);

    /** The implementation behind a condition of the DSL; fails clearly for a foreign implementation. */
    @SuppressWarnings("unchecked") // the scope is a compile-time marker only
    static <S> AbstractCondition<S> impl(Condition<?> condition) {
        Objects.requireNonNull(condition, "condition");
        if (condition instanceof AbstractCondition<?> impl) {
            return (AbstractCondition<S>) impl;
        }
        throw new IllegalArgumentException("not a condition built by Quarry's DSL: " + condition);
    }
}
