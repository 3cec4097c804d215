package dev.quarry.query;

/**
 * A {@code CASE WHEN ... THEN ... [ELSE ...] END} being written; immutable. Start it with
 * {@link Sql#when(Condition, Object)}.
 *
 * @param <S> the scope
 * @param <T> the type of the branches' values
 */
public interface CaseStep<S, T> {
    /**
     * Another {@code WHEN condition THEN value}; the value is bound.
     *
     * @param condition the condition of the branch
     * @param value the value when the condition holds
     * @return this {@code CASE} with the branch added
     */
    CaseStep<S, T> when(Condition<? extends S> condition, T value);

    /**
     * Another {@code WHEN condition THEN expression}.
     *
     * @param condition the condition of the branch
     * @param value the value when the condition holds
     * @return this {@code CASE} with the branch added
     */
    CaseStep<S, T> when(Condition<? extends S> condition, Expression<? extends S, T> value);

    /**
     * {@code ELSE value END}.
     *
     * @param value the value when no branch matches
     * @return the complete {@code CASE} expression
     */
    Expression<S, T> otherwise(T value);

    /**
     * {@code ELSE expression END}.
     *
     * @param value the value when no branch matches
     * @return the complete {@code CASE} expression
     */
    Expression<S, T> otherwise(Expression<? extends S, T> value);

    /**
     * {@code END}: no branch matching gives SQL NULL.
     *
     * @return the complete {@code CASE} expression
     */
    Expression<S, T> end();
}
