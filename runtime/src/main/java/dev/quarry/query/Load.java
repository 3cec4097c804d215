package dev.quarry.query;

import dev.quarry.internal.query.LoadImpl;
import java.util.List;

/**
 * A load option: which relationships a query fills in the entities it returns, and how, at a
 * cost known in advance. Nothing is ever loaded on access; a relationship no option loaded throws
 * {@link dev.quarry.exception.RelationNotLoadedException} when read.
 *
 * <ul>
 *   <li>{@link #selectIn} runs one more statement per relationship level, for all the entities
 *       of the level above at once ({@code WHERE author_id IN (...)}), however many there are;</li>
 *   <li>{@link #joined} folds the relationship into the statement of the level above with a
 *       {@code LEFT JOIN} (to-one, or one-to-many without repeating the entities above it).</li>
 * </ul>
 *
 * <pre>{@code
 * List<User> users = db.select(USER)
 *         .orderBy(USER.name.asc())
 *         .load(selectIn(USER.posts).orderBy(POST.createdAt.desc()).then(POST.tags))  // 3 statements
 *         .fetch();
 * }</pre>
 *
 * <p>Options are immutable values; keep them in constants and combine them freely. Several paths
 * that share a prefix load it once.
 *
 * @param <R> the entity the query returns (the root of the path)
 * @param <T> the entity at the end of the path, which {@link #where}, {@link #orderBy} and
 *            {@link #then} refer to
 */
public interface Load<R, T> {
    /**
     * Loads {@code relation} with one extra statement for all the entities of the query.
     *
     * @param <R> the entity type of the query's rows (the root of the path)
     * @param <T> the entity type the relationship leads to
     * @param relation the relationship to load
     * @return the load option
     */
    static <R, T> Load<R, T> selectIn(Relation<R, T> relation) {
        return LoadImpl.start(relation, false);
    }

    /**
     * Loads {@code relation} in the query's own statement, with a {@code LEFT JOIN}. For
     * many-to-one, one-to-one and one-to-many relationships; a one-to-many repeats the row of the
     * entity above per related entity, which Quarry folds back into one entity.
     *
     * @param <R> the entity type of the query's rows (the root of the path)
     * @param <T> the entity type the relationship leads to
     * @param relation the relationship to load, not a many-to-many
     * @return the load option
     */
    static <R, T> Load<R, T> joined(Relation<R, T> relation) {
        return LoadImpl.start(relation, true);
    }

    /**
     * Loads only the related entities that match {@code condition} (the others stay out of the collection).
     *
     * @param condition the condition to add
     * @return a new query with the condition added
     */
    Load<R, T> where(Condition<T> condition);

    /**
     * Orders each loaded collection by {@code sort}.
     *
     * @param sort the order term
     * @return a new query with the order terms appended
     */
    Load<R, T> orderBy(Sort<T> sort);

    /**
     * Orders each loaded collection by {@code first}, then {@code second}.
     *
     * @param first the first order term
     * @param second the second order term
     * @return a new query with the order terms appended
     */
    Load<R, T> orderBy(Sort<T> first, Sort<T> second);

    /**
     * Orders each loaded collection by {@code sorts}, in order.
     *
     * @param sorts the order terms, in order
     * @return a new query with the order terms appended
     */
    Load<R, T> orderBy(List<? extends Sort<T>> sorts);

    /**
     * Also loads {@code relation} of the entities this option loads, the same way (select-in or joined).
     *
     * @param <U> the entity type the further relationship leads to
     * @param relation a relationship of the entities this option loads
     * @return the option that loads both
     */
    <U> Load<R, U> then(Relation<T, U> relation);

    /**
     * Also loads {@code relation} of the entities this option loads, with one more statement.
     *
     * @param <U> the entity type the further relationship leads to
     * @param relation a relationship of the entities this option loads
     * @return the option that loads both
     */
    <U> Load<R, U> thenSelectIn(Relation<T, U> relation);

    /**
     * Also loads {@code relation} of the entities this option loads, joined into their statement.
     *
     * @param <U> the entity type the further relationship leads to
     * @param relation a relationship of the entities this option loads
     * @return the option that loads both
     */
    <U> Load<R, U> thenJoined(Relation<T, U> relation);
}
