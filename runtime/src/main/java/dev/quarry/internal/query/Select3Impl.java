package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.query.Function3;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select3;
import dev.quarry.query.Tuple3;
import java.util.List;
import java.util.Objects;

/** A projection of 3 expressions into tuples, or into a user type. */
final class Select3Impl<S, A, B, C> extends ResultQueryImpl<S, Tuple3<A, B, C>> implements Select3<S, A, B, C> {
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    Select3Impl(Engine engine, ConnectionSource source, QueryModel model, List<ExprImpl<?, ?>> selected) {
        super(engine, source, model, selected, values -> new Tuple3<>((A) values[0], (B) values[1], (C) values[2]));
    }

    @Override
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    public <R> ResultQuery<S, R> into(Function3<? super A, ? super B, ? super C, ? extends R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return mapped(values -> constructor.apply((A) values[0], (B) values[1], (C) values[2]));
    }
}
