package dev.quarry.query;

/**
 * A text column: a {@link Column} with pattern matching.
 *
 * @param <E> the entity type of the column's table
 */
public interface StringColumn<E> extends Column<E, String> {
    /**
     * {@code column LIKE pattern}, with {@code %} and {@code _} as wildcards; the pattern is bound.
     *
     * @param pattern the pattern, bound
     * @return the {@code LIKE} condition
     */
    Condition<E> like(String pattern);

    /**
     * {@code column NOT LIKE pattern}.
     *
     * @param pattern the pattern, bound
     * @return the {@code NOT LIKE} condition
     */
    Condition<E> notLike(String pattern);
}
