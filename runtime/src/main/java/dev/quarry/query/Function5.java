package dev.quarry.query;

/**
 * A function of 5 arguments: what {@code into(...)} takes to map a projection of 5
 * expressions into a user type, typically a record's constructor ({@code Row::new}), whose
 * parameter types {@code javac} checks against the expressions' types.
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 * @param <C> the type of the third argument
 * @param <D> the type of the fourth argument
 * @param <E> the type of the fifth argument
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function5<A, B, C, D, E, R> {
    /**
     * Applies the function.
     *
     * @param first the first argument
     * @param second the second argument
     * @param third the third argument
     * @param fourth the fourth argument
     * @param fifth the fifth argument
     * @return the result
     */
    R apply(A first, B second, C third, D fourth, E fifth);
}
