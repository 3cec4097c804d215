package dev.quarry.query;

/**
 * The first step of an {@code UPDATE}: at least one {@code SET}.
 *
 * @param <E> the entity type
 */
public interface UpdateSetStep<E> {
    /** {@code SET column = value}; {@code null} sets SQL NULL. */
    <T> UpdateWhereStep<E> set(Column<E, T> column, T value);
}
