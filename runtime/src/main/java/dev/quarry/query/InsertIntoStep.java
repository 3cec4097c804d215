package dev.quarry.query;

import java.util.Collection;

/**
 * The first step of an {@code INSERT} built with {@code insertInto(table)}: the rows, from
 * entities or from a query ({@code INSERT ... SELECT}). Then, optionally, what to do on a
 * conflict (an upsert) and what to return.
 *
 * <pre>{@code
 * db.insertInto(TAG).values(new Tag("java"))
 *         .onConflict(TAG.name).doNothing()
 *         .execute();
 *
 * db.insertInto(ARCHIVE).columns(ARCHIVE.postId, ARCHIVE.title)
 *         .select(db.select(POST).where(POST.views.lt(10)).select(POST.id, POST.title))
 *         .execute();
 * }</pre>
 *
 * @param <E> the entity type
 */
public interface InsertIntoStep<E> {
    /**
     * One row from an entity: every column but a generated key, and but the server-default
     * columns the entity leaves {@code null}. The entity itself is not changed (use
     * {@code returning()} to read the stored row).
     *
     * @param entity the entity to insert
     * @return the {@code INSERT}, to run or to add {@code ON CONFLICT} or {@code RETURNING}
     */
    InsertValuesStep<E> values(E entity);

    /**
     * One row per entity, in one statement. Every entity must leave the same server-default
     * columns {@code null}.
     *
     * @param entities the entities to insert, one row each
     * @return the {@code INSERT}, to run or to add {@code ON CONFLICT} or {@code RETURNING}
     * @throws IllegalArgumentException if there are no entities, or they leave different
     *                                  server-default columns {@code null}
     */
    InsertValuesStep<E> values(Collection<? extends E> entities);

    /**
     * The column to fill from a query of one expression of its type.
     *
     * @param <A> the Java type of the column
     * @param column the column to fill
     * @return the step that takes the query of the rows to insert
     */
    <A> InsertSelectStep<E, A> columns(Column<E, A> column);

    /**
     * The columns to fill from a query of 2 expressions of their types.
     *
     * @param <A> the Java type of the first column
     * @param <B> the Java type of the second column
     * @param first the first column to fill
     * @param second the second column to fill
     * @return the step that takes the query of the rows to insert
     */
    <A, B> InsertSelectStep<E, Tuple2<A, B>> columns(Column<E, A> first, Column<E, B> second);

    /**
     * The columns to fill from a query of 3 expressions of their types.
     *
     * @param <A> the Java type of the first column
     * @param <B> the Java type of the second column
     * @param <C> the Java type of the third column
     * @param first the first column to fill
     * @param second the second column to fill
     * @param third the third column to fill
     * @return the step that takes the query of the rows to insert
     */
    <A, B, C> InsertSelectStep<E, Tuple3<A, B, C>> columns(Column<E, A> first, Column<E, B> second,
                                                           Column<E, C> third);
}
