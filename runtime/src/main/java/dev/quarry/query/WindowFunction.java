package dev.quarry.query;

/**
 * A window function that needs its window: {@code rowNumber().over(window)}.
 *
 * @param <T> the type of its value
 */
public interface WindowFunction<T> {
    /**
     * The function computed over {@code window}: {@code f(...) OVER (...)}. It takes its scope from
     * where it is used; the query checks before running that the tables it reads are in its
     * {@code FROM} clause.
     *
     * @param <S> the scope, taken from where the expression is used
     * @param window the window, built from {@link Sql#window()}
     * @return the function over the window, as an expression
     */
    <S> Expression<S, T> over(Window window);
}
