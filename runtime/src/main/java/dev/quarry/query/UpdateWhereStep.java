package dev.quarry.query;

/**
 * More {@code SET}s, then the rows to update: a condition, or explicitly {@link #all()}, so an
 * update without a {@code WHERE} is never written by accident.
 *
 * @param <E> the entity type
 */
public interface UpdateWhereStep<E> extends UpdateSetStep<E> {
    /**
     * Updates the rows matching {@code condition}; it may hold subqueries reading other tables,
     * correlated with the updated row ({@code exists(db.select(POST).where(POST.authorId.eq(USER.id)))}).
     *
     * @param condition the condition to add
     * @return a new query with the condition added
     */
    WriteStatement<E> where(Condition<E> condition);

    /**
     * Updates every row of the table.
     *
     * @return the {@code UPDATE} statement, without {@code WHERE}
     */
    WriteStatement<E> all();
}
