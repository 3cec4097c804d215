package dev.quarry.query;

/**
 * What an upsert does with a row that conflicts with an existing one on the conflict target.
 *
 * @param <E> the entity type
 */
public interface ConflictStep<E> {
    /**
     * {@code DO NOTHING}: the conflicting row is skipped.
     *
     * @return the statement, to run or to add {@code RETURNING}
     */
    WriteStatement<E> doNothing();

    /**
     * {@code DO UPDATE SET column = ?}: the existing row is updated; {@code null} sets SQL NULL.
     *
     * @param <T> the column's Java type
     * @param column the column to update
     * @param value the new value, bound; {@code null} for SQL NULL
     * @return the statement, to set more columns, run or add {@code RETURNING}
     */
    <T> ConflictUpdateStep<E> doUpdateSet(Column<E, T> column, T value);

    /**
     * {@code DO UPDATE SET column = expression}; the expression's columns are the existing row's
     * ({@code POST.views} in {@code add(POST.views, 1)}).
     *
     * @param <T> the column's Java type
     * @param column the column to update
     * @param value the expression computing the new value
     * @return the statement, to set more columns, run or add {@code RETURNING}
     */
    <T> ConflictUpdateStep<E> doUpdateSetExpression(Column<E, T> column, Expression<? extends E, T> value);

    /**
     * {@code DO UPDATE SET column = EXCLUDED.column}: the value the insert proposed.
     *
     * @param column the column to update
     * @return the statement, to set more columns, run or add {@code RETURNING}
     */
    ConflictUpdateStep<E> doUpdateSetExcluded(Column<E, ?> column);
}
