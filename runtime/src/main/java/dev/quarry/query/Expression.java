package dev.quarry.query;

/**
 * A typed SQL value expression: a column, and (as the DSL grows) functions and subqueries.
 *
 * @param <S> the scope: the entity type whose table the expression reads, so that a condition
 *            on one table cannot be used in a query of another
 * @param <T> the Java type of the value
 */
public interface Expression<S, T> {
}
