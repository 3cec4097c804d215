package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.query.Function5;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select5;
import dev.quarry.query.Tuple5;
import java.util.List;
import java.util.Objects;

/** A projection of 5 expressions into tuples, or into a user type. */
final class Select5Impl<S, A, B, C, D, E> extends ResultQueryImpl<S, Tuple5<A, B, C, D, E>> implements Select5<S, A, B, C, D, E> {
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    Select5Impl(Engine engine, ConnectionSource source, QueryModel model, List<ExprImpl<?, ?>> selected) {
        super(engine, source, model, selected, values -> new Tuple5<>((A) values[0], (B) values[1], (C) values[2], (D) values[3], (E) values[4]));
    }

    @Override
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    public <R> ResultQuery<S, R> into(Function5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return mapped(values -> constructor.apply((A) values[0], (B) values[1], (C) values[2], (D) values[3], (E) values[4]));
    }
}
