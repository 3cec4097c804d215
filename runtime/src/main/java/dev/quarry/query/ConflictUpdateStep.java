package dev.quarry.query;

/**
 * More assignments of an upsert's {@code DO UPDATE SET}, then run it or add {@code RETURNING}.
 *
 * @param <E> the entity type
 */
public interface ConflictUpdateStep<E> extends WriteStatement<E> {
    /**
     * {@code , column = ?}.
     *
     * @param <T> the column's Java type
     * @param column the column to update
     * @param value the new value, bound; {@code null} for SQL NULL
     * @return the statement, to set more columns, run or add {@code RETURNING}
     */
    <T> ConflictUpdateStep<E> set(Column<E, T> column, T value);

    /**
     * {@code , column = expression} over the existing row.
     *
     * @param <T> the column's Java type
     * @param column the column to update
     * @param value the expression computing the new value
     * @return the statement, to set more columns, run or add {@code RETURNING}
     */
    <T> ConflictUpdateStep<E> setExpression(Column<E, T> column, Expression<? extends E, T> value);

    /**
     * {@code , column = EXCLUDED.column}: the value the insert proposed.
     *
     * @param column the column to update
     * @return the statement, to set more columns, run or add {@code RETURNING}
     */
    ConflictUpdateStep<E> setExcluded(Column<E, ?> column);
}
