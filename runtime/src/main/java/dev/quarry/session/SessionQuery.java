package dev.quarry.session;

import dev.quarry.query.Condition;
import dev.quarry.query.Load;
import dev.quarry.query.Sort;
import java.util.List;
import java.util.Optional;

/**
 * A {@code SELECT} of whole entities run by a {@link Session}: its rows go through the
 * session's identity map, so a row whose object the session already tracks comes back as that
 * same instance, unchanged (unflushed changes are never overwritten), and the others become
 * {@linkplain ObjectState#PERSISTENT persistent}. With autoflush on, the session flushes before
 * the query runs. Immutable: each step returns a new query.
 *
 * @param <E> the entity type
 */
public interface SessionQuery<E> {
    /**
     * Adds a {@code WHERE} condition (and-ed with earlier ones).
     *
     * @param condition the condition
     * @return the query with the condition
     */
    SessionQuery<E> where(Condition<E> condition);

    /**
     * Adds an {@code ORDER BY} term.
     *
     * @param sort the sort
     * @return the ordered query
     */
    SessionQuery<E> orderBy(Sort<E> sort);

    /**
     * Sets {@code LIMIT}.
     *
     * @param count the most rows to return
     * @return the limited query
     */
    SessionQuery<E> limit(long count);

    /**
     * Sets {@code OFFSET}.
     *
     * @param count the rows to skip
     * @return the query
     */
    SessionQuery<E> offset(long count);

    /**
     * Loads relationships with the rows, as {@link dev.quarry.query.SelectQuery#load(Load)} does;
     * the related objects go through the identity map too, and the collections remember what was
     * loaded, so a flush writes only what was added to or removed from them (see the guide's
     * cascades). A row the session already tracks keeps its holders if they were loaded, and
     * takes the loaded ones if they were not.
     *
     * @param option the load option
     * @return the query that loads the relationships
     */
    SessionQuery<E> load(Load<E, ?> option);

    /**
     * Runs the query.
     *
     * @return the entities, in row order, through the identity map
     */
    List<E> fetch();

    /**
     * Runs the query for at most one row.
     *
     * @return the entity, or empty if there is no row
     * @throws dev.quarry.exception.NonUniqueResultException if there are several rows
     */
    Optional<E> findOne();

    /**
     * Runs the query for exactly one row.
     *
     * @return the entity
     * @throws dev.quarry.exception.NoResultException if there is no row
     * @throws dev.quarry.exception.NonUniqueResultException if there are several rows
     */
    E one();
}
