package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.query.Function6;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select6;
import dev.quarry.query.Tuple6;
import java.util.List;
import java.util.Objects;

/** A projection of 6 expressions into tuples, or into a user type. */
final class Select6Impl<S, A, B, C, D, E, F> extends ResultQueryImpl<S, Tuple6<A, B, C, D, E, F>> implements Select6<S, A, B, C, D, E, F> {
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    Select6Impl(Engine engine, ConnectionSource source, QueryModel model, List<ExprImpl<?, ?>> selected) {
        super(engine, source, model, selected, values -> new Tuple6<>((A) values[0], (B) values[1], (C) values[2], (D) values[3], (E) values[4], (F) values[5]));
    }

    @Override
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    public <R> ResultQuery<S, R> into(Function6<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? extends R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return mapped(values -> constructor.apply((A) values[0], (B) values[1], (C) values[2], (D) values[3], (E) values[4], (F) values[5]));
    }
}
