package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.query.Function4;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select4;
import dev.quarry.query.Tuple4;
import java.util.List;
import java.util.Objects;

/** A projection of 4 expressions into tuples, or into a user type. */
final class Select4Impl<S, A, B, C, D> extends ResultQueryImpl<S, Tuple4<A, B, C, D>> implements Select4<S, A, B, C, D> {
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    Select4Impl(Engine engine, ConnectionSource source, QueryModel model, List<ExprImpl<?, ?>> selected) {
        super(engine, source, model, selected, values -> new Tuple4<>((A) values[0], (B) values[1], (C) values[2], (D) values[3]));
    }

    @Override
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    public <R> ResultQuery<S, R> into(Function4<? super A, ? super B, ? super C, ? super D, ? extends R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return mapped(values -> constructor.apply((A) values[0], (B) values[1], (C) values[2], (D) values[3]));
    }
}
