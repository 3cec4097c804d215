package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import java.util.function.BiFunction;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select2;
import dev.quarry.query.Tuple2;
import java.util.List;
import java.util.Objects;

/** A projection of 2 expressions into tuples, or into a user type. */
final class Select2Impl<S, A, B> extends ResultQueryImpl<S, Tuple2<A, B>> implements Select2<S, A, B> {
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    Select2Impl(Engine engine, ConnectionSource source, QueryModel model, List<ExprImpl<?, ?>> selected) {
        super(engine, source, model, selected, values -> new Tuple2<>((A) values[0], (B) values[1]));
    }

    @Override
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    public <R> ResultQuery<S, R> into(BiFunction<? super A, ? super B, ? extends R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return mapped(values -> constructor.apply((A) values[0], (B) values[1]));
    }
}
