package dev.quarry.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code SELECT} of whole entities from one table; immutable: every method that refines the
 * query returns a new query, so a query can be kept and run again.
 *
 * <pre>{@code
 * List<User> adults = db.select(USER)
 *         .where(USER.age.ge(18).and(USER.name.like("A%")))
 *         .orderBy(USER.name.asc())
 *         .limit(20)
 *         .fetch();
 * }</pre>
 *
 * @param <E> the entity type
 */
public interface SelectQuery<E> {
    /** Adds a condition; several calls are combined with {@code AND}. */
    SelectQuery<E> where(Condition<E> condition);

    /** Appends an {@code ORDER BY} term. */
    SelectQuery<E> orderBy(Sort<E> sort);

    /** Appends two {@code ORDER BY} terms. */
    SelectQuery<E> orderBy(Sort<E> first, Sort<E> second);

    /** Appends three {@code ORDER BY} terms. */
    SelectQuery<E> orderBy(Sort<E> first, Sort<E> second, Sort<E> third);

    /** Appends {@code ORDER BY} terms. */
    SelectQuery<E> orderBy(List<? extends Sort<E>> sorts);

    /** At most {@code count} rows ({@code count >= 0}). */
    SelectQuery<E> limit(long count);

    /** Skips {@code count} rows ({@code count >= 0}). */
    SelectQuery<E> offset(long count);

    /** Runs the query and returns every row. */
    List<E> fetch();

    /**
     * Runs the query and returns its only row.
     *
     * @throws dev.quarry.exception.NoResultException        if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    E one();

    /**
     * Runs the query and returns its only row, if any.
     *
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    Optional<E> findOne();

    /**
     * Runs the query and streams its rows as they are read. The stream holds a connection
     * until it is closed: use it in try-with-resources (a stream read to its end also closes).
     */
    Stream<E> stream();

    /** Runs {@code SELECT COUNT(*)} with this query's conditions (ignoring order, limit and offset unless set). */
    long count();

    /** The SQL this query runs, in the database's dialect, with {@code ?} for each parameter. */
    String toSql();

    /** The values bound to the parameters of {@link #toSql()}, in order. */
    List<Object> parameters();
}
