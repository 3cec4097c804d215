package dev.quarry.query;

/**
 * A row of 2 typed values, as a projection of 2 expressions returns it. Values may be
 * {@code null} where the expression is nullable.
 *
 * @param first the first column's value
 * @param second the second column's value
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 */
public record Tuple2<A, B>(A first, B second) {
}
