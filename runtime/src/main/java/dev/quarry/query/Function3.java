package dev.quarry.query;

/**
 * A function of 3 arguments: what {@code into(...)} takes to map a projection of 3
 * expressions into a user type, typically a record's constructor ({@code Row::new}), whose
 * parameter types {@code javac} checks against the expressions' types.
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 * @param <C> the type of the third argument
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function3<A, B, C, R> {
    /**
     * Applies the function.
     *
     * @param first the first argument
     * @param second the second argument
     * @param third the third argument
     * @return the result
     */
    R apply(A first, B second, C third);
}
