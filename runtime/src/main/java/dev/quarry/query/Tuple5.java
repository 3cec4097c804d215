package dev.quarry.query;

/**
 * A row of 5 typed values, as a projection of 5 expressions returns it. Values may be
 * {@code null} where the expression is nullable.
 *
 * @param first the first column's value
 * @param second the second column's value
 * @param third the third column's value
 * @param fourth the fourth column's value
 * @param fifth the fifth column's value
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 * @param <C> the type of the third value
 * @param <D> the type of the fourth value
 * @param <E> the type of the fifth value
 */
public record Tuple5<A, B, C, D, E>(A first, B second, C third, D fourth, E fifth) {
}
