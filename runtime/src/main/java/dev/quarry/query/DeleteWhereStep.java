package dev.quarry.query;

/**
 * The rows a {@code DELETE} removes: a condition, or explicitly {@link #all()}.
 *
 * @param <E> the entity type
 */
public interface DeleteWhereStep<E> {
    /**
     * Deletes the rows matching {@code condition}; it may hold subqueries reading other tables,
     * correlated with the deleted row.
     *
     * @param condition the condition to add
     * @return a new query with the condition added
     */
    WriteStatement<E> where(Condition<E> condition);

    /**
     * Deletes every row of the table.
     *
     * @return the {@code DELETE} statement, without {@code WHERE}
     */
    WriteStatement<E> all();
}
