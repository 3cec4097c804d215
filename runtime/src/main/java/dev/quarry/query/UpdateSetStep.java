package dev.quarry.query;

/**
 * The first step of an {@code UPDATE}: at least one {@code SET}.
 *
 * @param <E> the entity type
 */
public interface UpdateSetStep<E> {
    /**
     * {@code SET column = value}; {@code null} sets SQL NULL.
     *
     * @param <T> the column's Java type
     * @param column the column to set
     * @param value the new value, bound; {@code null} for SQL NULL
     * @return the step to set more columns or add {@code WHERE}
     */
    <T> UpdateWhereStep<E> set(Column<E, T> column, T value);

    /**
     * {@code SET column = expression}, computed from the row being updated:
     * {@code setExpression(POST.views, add(POST.views, 1))}, or a (correlated)
     * {@link Sql#scalar scalar subquery}. (A separate name, so that {@code set(column, null)} stays unambiguous.)
     *
     * @param <T> the column's Java type
     * @param column the column to set
     * @param value the expression computing the new value
     * @return the step to set more columns or add {@code WHERE}
     */
    <T> UpdateWhereStep<E> setExpression(Column<E, T> column, Expression<? extends E, T> value);
}
