package dev.quarry.query;

/**
 * What an upsert does with a row that conflicts with an existing one on the conflict target.
 *
 * @param <E> the entity type
 */
public interface ConflictStep<E> {
    /** {@code DO NOTHING}: the conflicting row is skipped. */
    WriteStatement<E> doNothing();

    /** {@code DO UPDATE SET column = ?}: the existing row is updated; {@code null} sets SQL NULL. */
    <T> ConflictUpdateStep<E> doUpdateSet(Column<E, T> column, T value);

    /**
     * {@code DO UPDATE SET column = expression}; the expression's columns are the existing row's
     * ({@code POST.views} in {@code add(POST.views, 1)}).
     */
    <T> ConflictUpdateStep<E> doUpdateSetExpression(Column<E, T> column, Expression<? extends E, T> value);

    /** {@code DO UPDATE SET column = EXCLUDED.column}: the value the insert proposed. */
    ConflictUpdateStep<E> doUpdateSetExcluded(Column<E, ?> column);
}
