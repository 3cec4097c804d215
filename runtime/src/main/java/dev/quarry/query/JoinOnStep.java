package dev.quarry.query;

/**
 * The join condition of a {@code JOIN}: {@code on(POST.authorId.eq(USER.id))}.
 *
 * @param <E> the entity type of the query's first table
 */
public interface JoinOnStep<E> {
    /**
     * {@code ON condition}. The condition may read any table of the query; that each is in
     * the {@code FROM} clause is checked before the query runs.
     *
     * @param condition the join condition
     * @return the query with the join
     */
    JoinedQuery<E> on(Condition<?> condition);
}
