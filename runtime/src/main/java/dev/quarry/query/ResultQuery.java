package dev.quarry.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A {@code SELECT} of expressions (a projection), read into values of type {@code R}: a scalar,
 * a {@link Tuple2 tuple} or a user type. Immutable: every refining method returns a new query,
 * and the SQL is rendered once per query object and kept.
 *
 * <pre>{@code
 * List<Tuple2<Long, Long>> postsPerAuthor = db.select(POST)
 *         .select(POST.authorId, count())
 *         .groupBy(POST.authorId)
 *         .having(count(POST.id).gt(1L))
 *         .orderBy(POST.authorId.asc())
 *         .fetch();
 * }</pre>
 *
 * <p>The scope {@code S} is the entity type of the queried table; a query over several tables
 * (a join) has scope {@code Object} and accepts expressions over any of them, checking before
 * it runs that each table is in its {@code FROM} clause (see {@link Expression}).
 *
 * @param <S> the scope the query's conditions, groups and sorts must have
 * @param <R> the type of one result row
 */
public interface ResultQuery<S, R> extends SelectStatement {
    /**
     * Adds a {@code WHERE} condition; several calls are combined with {@code AND}.
     *
     * @param condition the condition to add
     * @return a new query with the condition added
     */
    ResultQuery<S, R> where(Condition<? extends S> condition);

    /**
     * Appends a {@code GROUP BY} expression.
     *
     * @param expression the expression to group by
     * @return a new query with the grouping
     */
    ResultQuery<S, R> groupBy(Expression<? extends S, ?> expression);

    /**
     * Appends two {@code GROUP BY} expressions.
     *
     * @param first the first expression to group by
     * @param second the second expression to group by
     * @return a new query with the grouping
     */
    ResultQuery<S, R> groupBy(Expression<? extends S, ?> first, Expression<? extends S, ?> second);

    /**
     * Appends three {@code GROUP BY} expressions.
     *
     * @param first the first expression to group by
     * @param second the second expression to group by
     * @param third the third expression to group by
     * @return a new query with the grouping
     */
    ResultQuery<S, R> groupBy(Expression<? extends S, ?> first, Expression<? extends S, ?> second,
                              Expression<? extends S, ?> third);

    /**
     * Appends {@code GROUP BY} expressions.
     *
     * @param expressions the expressions to group by, in order
     * @return a new query with the grouping
     */
    ResultQuery<S, R> groupBy(List<? extends Expression<? extends S, ?>> expressions);

    /**
     * Adds a {@code HAVING} condition (typically on an aggregate); several calls are combined with {@code AND}.
     *
     * @param condition the condition to add
     * @return a new query with the condition
     */
    ResultQuery<S, R> having(Condition<? extends S> condition);

    /**
     * Appends an {@code ORDER BY} term.
     *
     * @param sort the order term
     * @return a new query with the order terms appended
     */
    ResultQuery<S, R> orderBy(Sort<? extends S> sort);

    /**
     * Appends two {@code ORDER BY} terms.
     *
     * @param first the first order term
     * @param second the second order term
     * @return a new query with the order terms appended
     */
    ResultQuery<S, R> orderBy(Sort<? extends S> first, Sort<? extends S> second);

    /**
     * Appends three {@code ORDER BY} terms.
     *
     * @param first the first order term
     * @param second the second order term
     * @param third the third order term
     * @return a new query with the order terms appended
     */
    ResultQuery<S, R> orderBy(Sort<? extends S> first, Sort<? extends S> second, Sort<? extends S> third);

    /**
     * Appends {@code ORDER BY} terms.
     *
     * @param sorts the order terms, in order
     * @return a new query with the order terms appended
     */
    ResultQuery<S, R> orderBy(List<? extends Sort<? extends S>> sorts);

    /**
     * {@code SELECT DISTINCT}: equal rows are returned once.
     *
     * @return a new query with {@code SELECT DISTINCT}
     */
    ResultQuery<S, R> distinct();

    /**
     * Keyset pagination: only the rows after the row whose {@code ORDER BY} values are
     * {@code lastValues} (the last row of the previous page), one value per order term, in order.
     * Unlike {@code offset}, the database seeks straight to the page through an index, and rows
     * inserted meanwhile do not shift the pages. Renders {@code (a, b) > (?, ?)} when every term
     * has one direction, {@code a > ? OR (a = ? AND b < ?)} otherwise.
     *
     * <pre>{@code
     * page2 = db.select(USER).select(USER.name, USER.age).orderBy(USER.age.asc(), USER.id.asc()).seek(last.age, last.id).limit(20).fetch();
     * }</pre>
     *
     * <p>Order by NOT NULL expressions and end with a unique one (the key), so that every row has
     * one place in the order.
     *
     * @param lastValues the order terms' values on the last row of the previous page, one per term
     * @return a new query starting after that row
     * @throws IllegalStateException    if the query has no order, or its terms and the values differ in
     *                                  number, or an order term is a nullable column or orders NULLs
     * @throws IllegalArgumentException if a value is not of its order term's type
     * @throws NullPointerException     if a value is {@code null}
     */
    ResultQuery<S, R> seek(Object... lastValues);

    /**
     * At most {@code count} rows ({@code count >= 0}).
     *
     * @param count the maximum number of rows
     * @return a new query with the limit
     */
    ResultQuery<S, R> limit(long count);

    /**
     * Skips {@code count} rows ({@code count >= 0}).
     *
     * @param count the number of rows to skip
     * @return a new query with the offset
     */
    ResultQuery<S, R> offset(long count);

    /**
     * The same query, each row mapped by {@code mapper} after it is read.
     *
     * @param <T> the type of the mapped rows
     * @param mapper maps each row
     * @return the mapped query
     */
    <T> ResultQuery<S, T> map(Function<? super R, ? extends T> mapper);

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
     * Runs the query and returns its only row, if any. A row whose single value is SQL NULL
     * is returned as empty.
     *
     * @return the only row, or empty if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    Optional<R> findOne();

    /**
     * Runs the query and streams its rows as they are read. The stream holds a connection
     * until it is closed: use it in try-with-resources (a stream read to its end also closes).
     *
     * @return a stream of the rows, to close after use
     */
    Stream<R> stream();

    /**
     * {@code this UNION other}: the rows of both, each distinct row once. Neither query may have
     * its own order, limit or offset: order and paginate the returned {@link CompoundQuery}.
     *
     * @param other the query whose rows are added
     * @return the {@code UNION}, to order, paginate and run
     * @throws IllegalArgumentException if the queries select different numbers of expressions, or
     *                                  one of them is ordered or paginated
     */
    CompoundQuery<R> union(ResultQuery<?, R> other);

    /**
     * {@code this UNION ALL other}: the rows of both, duplicates kept (see {@link #union}).
     *
     * @param other the query whose rows are added
     * @return the {@code UNION ALL}, to order, paginate and run
     */
    CompoundQuery<R> unionAll(ResultQuery<?, R> other);

    /**
     * {@code this INTERSECT other}: the distinct rows found in both (see {@link #union}).
     *
     * @param other the query whose rows must also be found
     * @return the {@code INTERSECT}, to order, paginate and run
     */
    CompoundQuery<R> intersect(ResultQuery<?, R> other);

    /**
     * {@code this EXCEPT other}: the distinct rows of this not in {@code other} (see {@link #union}).
     *
     * @param other the query whose rows are removed
     * @return the {@code EXCEPT}, to order, paginate and run
     */
    CompoundQuery<R> except(ResultQuery<?, R> other);

    /** The SQL this query runs, in the database's dialect, with {@code ?} for each parameter. */
    @Override
    String toSql();

    /** The values bound to the parameters of {@link #toSql()}, in order. */
    @Override
    List<Object> parameters();
}
