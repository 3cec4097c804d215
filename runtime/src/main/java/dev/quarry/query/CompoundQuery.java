package dev.quarry.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A set operation over projections of the same row type: {@code UNION}, {@code UNION ALL},
 * {@code INTERSECT} and {@code EXCEPT}, evaluated left to right, then ordered and paginated as
 * a whole. Immutable.
 *
 * <pre>{@code
 * List<String> names = db.select(USER).where(USER.age.lt(30)).select(USER.name)
 *         .union(db.select(USER).where(USER.status.eq(BANNED)).select(USER.name))
 *         .orderBy(USER.name.asc())
 *         .fetch();
 * }</pre>
 *
 * <p>Each member must select as many expressions as the first; a member may not have its own
 * {@code ORDER BY}, {@code LIMIT} or {@code OFFSET} (order and paginate the compound query).
 * Rows are read the way the first member reads them.
 *
 * @param <R> the type of one result row
 */
public interface CompoundQuery<R> extends SelectStatement {
    /**
     * {@code this UNION other}: the rows of both, each distinct row once.
     *
     * @param other the query whose rows are added
     * @return the {@code UNION}, to order, paginate and run
     */
    CompoundQuery<R> union(ResultQuery<?, R> other);

    /**
     * {@code this UNION ALL other}: the rows of both, duplicates kept.
     *
     * @param other the query whose rows are added
     * @return the {@code UNION ALL}, to order, paginate and run
     */
    CompoundQuery<R> unionAll(ResultQuery<?, R> other);

    /**
     * {@code this INTERSECT other}: the distinct rows found in both.
     *
     * @param other the query whose rows must also be found
     * @return the {@code INTERSECT}, to order, paginate and run
     */
    CompoundQuery<R> intersect(ResultQuery<?, R> other);

    /**
     * {@code this EXCEPT other}: the distinct rows of this not found in {@code other}.
     *
     * @param other the query whose rows are removed
     * @return the {@code EXCEPT}, to order, paginate and run
     */
    CompoundQuery<R> except(ResultQuery<?, R> other);

    /**
     * Appends an {@code ORDER BY} term over one of the first member's selected expressions (by
     * its position, which every dialect accepts after a set operation).
     *
     * @param sort the order term
     * @return a new query with the order terms appended
     * @throws IllegalArgumentException if the first member does not select the sort's expression
     */
    CompoundQuery<R> orderBy(Sort<?> sort);

    /**
     * Appends two {@code ORDER BY} terms (see {@link #orderBy(Sort)}).
     *
     * @param first the first order term
     * @param second the second order term
     * @return a new query with the order terms appended
     */
    CompoundQuery<R> orderBy(Sort<?> first, Sort<?> second);

    /**
     * At most {@code count} rows ({@code count >= 0}).
     *
     * @param count the maximum number of rows
     * @return a new query with the limit
     */
    CompoundQuery<R> limit(long count);

    /**
     * Skips {@code count} rows ({@code count >= 0}).
     *
     * @param count the number of rows to skip
     * @return a new query with the offset
     */
    CompoundQuery<R> offset(long count);

    /**
     * Runs the query and returns every row.
     *
     * @return the rows, in the query's order
     */
    List<R> fetch();

    /**
     * Runs the query and returns its only row.
     *
     * @return the only row
     * @throws dev.quarry.exception.NoResultException        if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    R one();

    /**
     * Runs the query and returns its only row, if any.
     *
     * @return the only row, or empty if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    Optional<R> findOne();

    /**
     * Runs the query and streams its rows; close the stream (try-with-resources).
     *
     * @return a stream of the rows, to close after use
     */
    Stream<R> stream();
}
