package dev.quarry.query;

import java.util.function.BiFunction;

/**
 * A projection of 2 expressions: its rows are {@link Tuple2}s, or user values through
 * {@link #into}.
 *
 * @param <S> the scope (see {@link ResultQuery})
 * @param <A> the type of the first expression
 * @param <B> the type of the second expression
 */
public interface Select2<S, A, B> extends ResultQuery<S, Tuple2<A, B>> {
    /**
     * Maps each row into a user type, typically through a record's constructor:
     * {@code .into(UserName::new)}. {@code javac} checks the constructor's parameter types
     * against the expressions' types. Call it right after {@code select(...)}; the query's
     * other steps remain available on the result.
     *
     * @param <R> the user type
     * @param constructor builds a user value from each row's values, in select order
     * @return the query whose rows are user values
     */
    <R> ResultQuery<S, R> into(BiFunction<? super A, ? super B, ? extends R> constructor);
}
