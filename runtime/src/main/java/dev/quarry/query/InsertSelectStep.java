package dev.quarry.query;

/**
 * {@code INSERT INTO table (columns) SELECT ...}: the query whose rows are inserted; its
 * expressions' types match the columns', checked by {@code javac}.
 *
 * @param <E> the entity type
 * @param <R> the row type the query must have: the column's type, or a tuple of the columns' types
 */
public interface InsertSelectStep<E, R> {
    /**
     * The rows to insert.
     *
     * @param query the query of the rows to insert, selecting one expression per column, in order
     * @return a query whose rows are the expression's values
     * @throws IllegalArgumentException if the query selects a different number of expressions than
     *                                  the columns, or maps its rows
     */
    InsertValuesStep<E> select(ResultQuery<?, R> query);
}
