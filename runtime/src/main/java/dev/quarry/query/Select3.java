package dev.quarry.query;

/**
 * A projection of 3 expressions: its rows are {@link Tuple3}s, or user values through
 * {@link #into}.
 *
 * @param <S> the scope (see {@link ResultQuery})
 * @param <A> the type of the first expression
 * @param <B> the type of the second expression
 * @param <C> the type of the third expression
 */
public interface Select3<S, A, B, C> extends ResultQuery<S, Tuple3<A, B, C>> {
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
    <R> ResultQuery<S, R> into(Function3<? super A, ? super B, ? super C, ? extends R> constructor);
}
