package dev.quarry.query;

import java.util.List;

/**
 * An {@code INSERT} with its rows: run it, add {@code RETURNING}, or say what to do when a row
 * conflicts with an existing one on a unique key (an upsert, {@code ON CONFLICT}, on PostgreSQL
 * and SQLite).
 *
 * @param <E> the entity type
 */
public interface InsertValuesStep<E> extends WriteStatement<E> {
    /**
     * {@code ON CONFLICT (column)}: the conflict target, a column with a unique constraint or index.
     *
     * @param column the column with a unique constraint or index
     * @return the step that says what a conflict does
     */
    ConflictStep<E> onConflict(Column<E, ?> column);

    /**
     * {@code ON CONFLICT (first, second)}: a unique key of two columns.
     *
     * @param first the first column of the unique key
     * @param second the second column of the unique key
     * @return the step that says what a conflict does
     */
    ConflictStep<E> onConflict(Column<E, ?> first, Column<E, ?> second);

    /**
     * {@code ON CONFLICT (columns...)}: a unique key of any number of columns.
     *
     * @param columns the columns of the unique key
     * @return the step that says what a conflict does
     */
    ConflictStep<E> onConflict(List<? extends Column<E, ?>> columns);

    /**
     * {@code ON CONFLICT DO NOTHING}: skips the rows that conflict on any unique key.
     *
     * @return the statement, to run or to add {@code RETURNING}
     */
    WriteStatement<E> onConflictDoNothing();
}
