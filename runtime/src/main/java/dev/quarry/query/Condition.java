package dev.quarry.query;

/**
 * A boolean SQL condition; immutable.
 *
 * @param <S> the scope: the entity type of the table the condition reads
 */
public interface Condition<S> {
    /** {@code (this) AND (other)}. */
    Condition<S> and(Condition<S> other);

    /** {@code (this) OR (other)}. */
    Condition<S> or(Condition<S> other);

    /** {@code NOT (this)}. */
    Condition<S> not();
}
