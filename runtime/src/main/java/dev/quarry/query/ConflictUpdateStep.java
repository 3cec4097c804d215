package dev.quarry.query;

/**
 * More assignments of an upsert's {@code DO UPDATE SET}, then run it or add {@code RETURNING}.
 *
 * @param <E> the entity type
 */
public interface ConflictUpdateStep<E> extends WriteStatement<E> {
    /** {@code , column = ?}. */
    <T> ConflictUpdateStep<E> set(Column<E, T> column, T value);

    /** {@code , column = expression} over the existing row. */
    <T> ConflictUpdateStep<E> setExpression(Column<E, T> column, Expression<? extends E, T> value);

    /** {@code , column = EXCLUDED.column}: the value the insert proposed. */
    ConflictUpdateStep<E> setExcluded(Column<E, ?> column);
}
