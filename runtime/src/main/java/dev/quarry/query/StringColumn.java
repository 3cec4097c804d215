package dev.quarry.query;

/**
 * A text column: a {@link Column} with pattern matching.
 *
 * @param <E> the entity type of the column's table
 */
public interface StringColumn<E> extends Column<E, String> {
    /** {@code column LIKE pattern}, with {@code %} and {@code _} as wildcards; the pattern is bound. */
    Condition<E> like(String pattern);

    /** {@code column NOT LIKE pattern}. */
    Condition<E> notLike(String pattern);
}
