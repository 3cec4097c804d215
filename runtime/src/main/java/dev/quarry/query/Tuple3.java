package dev.quarry.query;

/**
 * A row of 3 typed values, as a projection of 3 expressions returns it. Values may be
 * {@code null} where the expression is nullable.
 *
 * @param first the first column's value
 * @param second the second column's value
 * @param third the third column's value
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 * @param <C> the type of the third value
 */
public record Tuple3<A, B, C>(A first, B second, C third) {
}
