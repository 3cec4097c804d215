package dev.quarry.query;

/**
 * One term of an {@code ORDER BY}; immutable.
 *
 * @param <S> the scope: the entity type of the table the term reads
 */
public interface Sort<S> {
    /** The same order with NULLs first. */
    Sort<S> nullsFirst();

    /** The same order with NULLs last. */
    Sort<S> nullsLast();
}
