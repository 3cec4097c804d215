package dev.quarry.query;

/**
 * One term of an {@code ORDER BY}; immutable.
 *
 * @param <S> the scope: the entity type of the table the term reads
 */
public interface Sort<S> {
    /**
     * The same order with NULLs first.
     *
     * @return the order with {@code NULLS FIRST}
     */
    Sort<S> nullsFirst();

    /**
     * The same order with NULLs last.
     *
     * @return the order with {@code NULLS LAST}
     */
    Sort<S> nullsLast();
}
