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
 * <p>Columns of the table can be projected with {@code select(...)} (a scalar, tuples, or a user
 * type through {@code into}), and other tables joined with {@code join(...).on(...)}.
 *
 * @param <E> the entity type
 */
public interface SelectQuery<E> extends SelectStatement {
    /**
     * Adds a condition; several calls are combined with {@code AND}.
     *
     * @param condition the condition to add
     * @return a new query with the condition added
     */
    SelectQuery<E> where(Condition<E> condition);

    /**
     * Appends an {@code ORDER BY} term.
     *
     * @param sort the order term
     * @return a new query with the order terms appended
     */
    SelectQuery<E> orderBy(Sort<E> sort);

    /**
     * Appends two {@code ORDER BY} terms.
     *
     * @param first the first order term
     * @param second the second order term
     * @return a new query with the order terms appended
     */
    SelectQuery<E> orderBy(Sort<E> first, Sort<E> second);

    /**
     * Appends three {@code ORDER BY} terms.
     *
     * @param first the first order term
     * @param second the second order term
     * @param third the third order term
     * @return a new query with the order terms appended
     */
    SelectQuery<E> orderBy(Sort<E> first, Sort<E> second, Sort<E> third);

    /**
     * Appends {@code ORDER BY} terms.
     *
     * @param sorts the order terms, in order
     * @return a new query with the order terms appended
     */
    SelectQuery<E> orderBy(List<? extends Sort<E>> sorts);

    /**
     * Keyset pagination: only the rows after the row whose {@code ORDER BY} values are
     * {@code lastValues} (the last row of the previous page), one value per order term, in order.
     * Unlike {@code offset}, the database seeks straight to the page through an index, and rows
     * inserted meanwhile do not shift the pages. Renders {@code (a, b) > (?, ?)} when every term
     * has one direction, {@code a > ? OR (a = ? AND b < ?)} otherwise.
     *
     * <pre>{@code
     * page2 = db.select(USER).orderBy(USER.age.asc(), USER.id.asc()).seek(last.age, last.id).limit(20).fetch();
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
    SelectQuery<E> seek(Object... lastValues);

    /**
     * At most {@code count} rows ({@code count >= 0}).
     *
     * @param count the maximum number of rows
     * @return a new query with the limit
     */
    SelectQuery<E> limit(long count);

    /**
     * Skips {@code count} rows ({@code count >= 0}).
     *
     * @param count the number of rows to skip
     * @return a new query with the offset
     */
    SelectQuery<E> offset(long count);

    /**
     * {@code INNER JOIN table}; the join condition follows with {@code on(...)}.
     *
     * @param table the table to join
     * @return the join, to complete with {@code on(...)}
     */
    JoinOnStep<E> join(EntityTable<?, ?> table);

    /**
     * {@code LEFT JOIN table}.
     *
     * @param table the table to join
     * @return the join, to complete with {@code on(...)}
     */
    JoinOnStep<E> leftJoin(EntityTable<?, ?> table);

    /**
     * {@code RIGHT JOIN table}. SQLite has it from version 3.39; on an older SQLite the query
     * fails with an {@code UnsupportedOperationException} before it runs.
     *
     * @param table the table to join
     * @return the join, to complete with {@code on(...)}
     */
    JoinOnStep<E> rightJoin(EntityTable<?, ?> table);

    /**
     * {@code FULL JOIN table}; as {@link #rightJoin}, SQLite needs version 3.39.
     *
     * @param table the table to join
     * @return the join, to complete with {@code on(...)}
     */
    JoinOnStep<E> fullJoin(EntityTable<?, ?> table);

    /**
     * {@code INNER JOIN} along a relationship of a table already in the query, on its key columns
     * ({@code select(POST).join(POST.author)}); a many-to-many joins its join table, then the target.
     *
     * @param relation the relationship to join along
     * @return a new query with the join
     */
    JoinedQuery<E> join(Relation<E, ?> relation);

    /**
     * {@code INNER JOIN} along {@code relation} to {@code target}, the relationship's target table
     * under an alias ({@code join(POST.author, USER.as("writer"))}).
     *
     * @param <T> the target entity type
     * @param relation the relationship to join along
     * @param target the relationship's target table, under an alias
     * @return a new query with the join
     */
    <T> JoinedQuery<E> join(Relation<E, T> relation, EntityTable<T, ?> target);

    /**
     * {@code LEFT JOIN} along a relationship, as {@link #join(Relation)}.
     *
     * @param relation the relationship to join along
     * @return a new query with the join
     */
    JoinedQuery<E> leftJoin(Relation<E, ?> relation);

    /**
     * {@code LEFT JOIN} along a relationship to an aliased target, as {@link #join(Relation, EntityTable)}.
     *
     * @param <T> the target entity type
     * @param relation the relationship to join along
     * @param target the relationship's target table, under an alias
     * @return a new query with the join
     */
    <T> JoinedQuery<E> leftJoin(Relation<E, T> relation, EntityTable<T, ?> target);

    /**
     * Projects one expression: each row is its value (a scalar select).
     *
     * @param <A> the Java type of the expression
     * @param expression the expression to select
     * @return a query whose rows are the expression's values
     */
    <A> ResultQuery<E, A> select(Expression<? extends E, A> expression);

    /**
     * Projects 2 expressions into {@link Tuple2}s, or into a user type with {@code into}.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @return the projected query, to run or to map with {@code into}
     */
    <A, B> Select2<E, A, B> select(Expression<? extends E, A> first, Expression<? extends E, B> second);

    /**
     * Projects 3 expressions into {@link Tuple3}s, or into a user type with {@code into}.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param <C> the Java type of the third expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @param third the third expression to select
     * @return the projected query, to run or to map with {@code into}
     */
    <A, B, C> Select3<E, A, B, C> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third);

    /**
     * Projects 4 expressions into {@link Tuple4}s, or into a user type with {@code into}.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param <C> the Java type of the third expression
     * @param <D> the Java type of the fourth expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @param third the third expression to select
     * @param fourth the fourth expression to select
     * @return the projected query, to run or to map with {@code into}
     */
    <A, B, C, D> Select4<E, A, B, C, D> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third, Expression<? extends E, D> fourth);

    /**
     * Projects 5 expressions into {@link Tuple5}s, or into a user type with {@code into}.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param <C> the Java type of the third expression
     * @param <D> the Java type of the fourth expression
     * @param <V> the Java type of the fifth expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @param third the third expression to select
     * @param fourth the fourth expression to select
     * @param fifth the fifth expression to select
     * @return the projected query, to run or to map with {@code into}
     */
    <A, B, C, D, V> Select5<E, A, B, C, D, V> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third, Expression<? extends E, D> fourth, Expression<? extends E, V> fifth);

    /**
     * Projects 6 expressions into {@link Tuple6}s, or into a user type with {@code into}.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param <C> the Java type of the third expression
     * @param <D> the Java type of the fourth expression
     * @param <V> the Java type of the fifth expression
     * @param <W> the Java type of the sixth expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @param third the third expression to select
     * @param fourth the fourth expression to select
     * @param fifth the fifth expression to select
     * @param sixth the sixth expression to select
     * @return the projected query, to run or to map with {@code into}
     */
    <A, B, C, D, V, W> Select6<E, A, B, C, D, V, W> select(Expression<? extends E, A> first, Expression<? extends E, B> second, Expression<? extends E, C> third, Expression<? extends E, D> fourth, Expression<? extends E, V> fifth, Expression<? extends E, W> sixth);

    /**
     * Loads relationships of the returned entities with {@code option}: a known number of extra
     * statements (none for a joined relationship), whatever the number of entities. See {@link Load}.
     *
     * @param option the load option
     * @return a new query that loads the relationships
     */
    SelectQuery<E> load(Load<E, ?> option);

    /**
     * Loads relationships with two options (paths that share a prefix load it once).
     *
     * @param first the first load option
     * @param second the second load option
     * @return a new query that loads the relationships
     */
    SelectQuery<E> load(Load<E, ?> first, Load<E, ?> second);

    /**
     * Loads relationships with three options.
     *
     * @param first the first load option
     * @param second the second load option
     * @param third the third load option
     * @return a new query that loads the relationships
     */
    SelectQuery<E> load(Load<E, ?> first, Load<E, ?> second, Load<E, ?> third);

    /**
     * Loads relationships with every option of {@code options}.
     *
     * @param options the load options
     * @return a new query that loads the relationships
     */
    SelectQuery<E> load(List<? extends Load<E, ?>> options);

    /**
     * Locks the rows the query reads until the transaction ends ({@code ... FOR UPDATE}, after
     * {@code LIMIT}/{@code OFFSET}): another transaction that wants to change them, or lock them
     * too, waits for this one to commit or roll back. Runs only inside a transaction; a
     * {@code noWait()} or {@code skipLocked()} step may follow. See {@link LockedQuery}.
     *
     * <pre>{@code
     * db.transaction(tx -> {
     *     User user = tx.select(USER).where(USER.id.eq(id)).forUpdate().one();
     *     tx.update(USER).set(USER.visits, user.visits() + 1).where(USER.id.eq(id)).execute();
     * });
     * }</pre>
     *
     * <p>The lock covers the rows of this statement only, not relationships read by load options.
     * SQLite has no row locks: there, the query throws an {@link UnsupportedOperationException}
     * before anything runs.
     *
     * @return the locking query, to run or to refine with {@code noWait()} or {@code skipLocked()}
     */
    LockWaitStep<E> forUpdate();

    /**
     * Locks the rows the query reads in shared mode until the transaction ends
     * ({@code ... FOR SHARE}): other transactions may read and share-lock them, but not change,
     * delete or lock them for update until this one ends. Otherwise as {@link #forUpdate()}.
     *
     * @return the locking query, to run or to refine with {@code noWait()} or {@code skipLocked()}
     */
    LockWaitStep<E> forShare();

    /**
     * Runs the query and returns every row.
     *
     * @return the rows, in the query's order
     */
    List<E> fetch();

    /**
     * Runs the query and returns its only row.
     *
     * @return the only row
     * @throws dev.quarry.exception.NoResultException        if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    E one();

    /**
     * Runs the query and returns its only row, if any.
     *
     * @return the only row, or empty if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    Optional<E> findOne();

    /**
     * Runs the query and streams its rows as they are read. The stream holds a connection
     * until it is closed: use it in try-with-resources (a stream read to its end also closes).
     *
     * @return a stream of the rows, to close after use
     */
    Stream<E> stream();

    /**
     * Runs {@code SELECT COUNT(*)} with this query's conditions (ignoring order, limit and offset unless set).
     *
     * @return the number of rows
     */
    long count();

    /** The SQL this query runs, in the database's dialect, with {@code ?} for each parameter. */
    @Override
    String toSql();

    /** The values bound to the parameters of {@link #toSql()}, in order. */
    @Override
    List<Object> parameters();
}
