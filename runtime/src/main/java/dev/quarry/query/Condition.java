package dev.quarry.query;

/**
 * A boolean SQL condition; immutable.
 *
 * @param <S> the scope: the entity type of the table the condition reads
 */
public interface Condition<S> {
    /**
     * {@code (this) AND (other)}.
     *
     * @param other the other condition
     * @return a condition true when both are
     */
    Condition<S> and(Condition<S> other);

    /**
     * {@code (this) OR (other)}.
     *
     * @param other the other condition
     * @return a condition true when either is
     */
    Condition<S> or(Condition<S> other);

    /**
     * {@code NOT (this)}.
     *
     * @return the negated condition
     */
    Condition<S> not();
}
