package dev.quarry.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code SELECT} over joined tables, returning the entities of the first table (or, with
 * {@code select(...)}, any expressions of the joined tables). Immutable.
 *
 * <pre>{@code
 * List<Post> tagged = db.select(POST)
 *         .join(POST_TAG).on(POST_TAG.postId.eq(POST.id))
 *         .join(TAG).on(TAG.id.eq(POST_TAG.tagId))
 *         .where(TAG.name.eq("java"))
 *         .fetch();
 * }</pre>
 *
 * <p><b>Checking.</b> A join query reads several tables, so its conditions, sorts and
 * projections may be over any of them: their scope is not checked by {@code javac}. Instead,
 * before the query renders or runs, Quarry checks that every table an expression reads is in
 * the {@code FROM} clause (the first table or a joined one, matched by name and alias) and
 * throws an {@link IllegalStateException} naming the missing table otherwise. Column types are
 * still checked by {@code javac}.
 *
 * @param <E> the entity type of the first table
 */
public interface JoinedQuery<E> extends SelectStatement {
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
    JoinedQuery<E> join(Relation<?, ?> relation);

    /**
     * {@code INNER JOIN} along {@code relation} to {@code target}, the relationship's target table
     * under an alias ({@code join(POST.author, USER.as("writer"))}).
     *
     * @param <T> the target entity type
     * @param relation the relationship to join along
     * @param target the relationship's target table, under an alias
     * @return a new query with the join
     */
    <T> JoinedQuery<E> join(Relation<?, T> relation, EntityTable<T, ?> target);

    /**
     * {@code LEFT JOIN} along a relationship, as {@link #join(Relation)}.
     *
     * @param relation the relationship to join along
     * @return a new query with the join
     */
    JoinedQuery<E> leftJoin(Relation<?, ?> relation);

    /**
     * {@code LEFT JOIN} along a relationship to an aliased target, as {@link #join(Relation, EntityTable)}.
     *
     * @param <T> the target entity type
     * @param relation the relationship to join along
     * @param target the relationship's target table, under an alias
     * @return a new query with the join
     */
    <T> JoinedQuery<E> leftJoin(Relation<?, T> relation, EntityTable<T, ?> target);

    /**
     * Loads relationships of the returned entities (of the first table), as
     * {@link SelectQuery#load(Load)} does; joins that repeat an entity return it once per row, the
     * same instance each time.
     *
     * @param option the load option
     * @return a new query that loads the relationships
     */
    JoinedQuery<E> load(Load<E, ?> option);

    /**
     * Loads relationships with two options.
     *
     * @param first the first load option
     * @param second the second load option
     * @return a new query that loads the relationships
     */
    JoinedQuery<E> load(Load<E, ?> first, Load<E, ?> second);

    /**
     * Loads relationships with every option of {@code options}.
     *
     * @param options the load options
     * @return a new query that loads the relationships
     */
    JoinedQuery<E> load(List<? extends Load<E, ?>> options);

    /**
     * Adds a condition; several calls are combined with {@code AND}.
     *
     * @param condition the condition to add
     * @return a new query with the condition added
     */
    JoinedQuery<E> where(Condition<?> condition);

    /**
     * Appends an {@code ORDER BY} term.
     *
     * @param sort the order term
     * @return a new query with the order terms appended
     */
    JoinedQuery<E> orderBy(Sort<?> sort);

    /**
     * Appends two {@code ORDER BY} terms.
     *
     * @param first the first order term
     * @param second the second order term
     * @return a new query with the order terms appended
     */
    JoinedQuery<E> orderBy(Sort<?> first, Sort<?> second);

    /**
     * Appends {@code ORDER BY} terms.
     *
     * @param sorts the order terms, in order
     * @return a new query with the order terms appended
     */
    JoinedQuery<E> orderBy(List<? extends Sort<?>> sorts);

    /**
     * {@code SELECT DISTINCT}: each entity once even when several joined rows match.
     *
     * @return a new query with {@code SELECT DISTINCT}
     */
    JoinedQuery<E> distinct();

    /**
     * Keyset pagination: only the rows after the row whose {@code ORDER BY} values are
     * {@code lastValues} (the last row of the previous page), one value per order term, in order.
     * Unlike {@code offset}, the database seeks straight to the page through an index, and rows
     * inserted meanwhile do not shift the pages. Renders {@code (a, b) > (?, ?)} when every term
     * has one direction, {@code a > ? OR (a = ? AND b < ?)} otherwise.
     *
     * <pre>{@code
     * page2 = db.select(USER).join(POST).on(POST.authorId.eq(USER.id)).orderBy(USER.age.asc(), USER.id.asc()).seek(last.age, last.id).limit(20).fetch();
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
    JoinedQuery<E> seek(Object... lastValues);

    /**
     * At most {@code count} rows ({@code count >= 0}).
     *
     * @param count the maximum number of rows
     * @return a new query with the limit
     */
    JoinedQuery<E> limit(long count);

    /**
     * Skips {@code count} rows ({@code count >= 0}).
     *
     * @param count the number of rows to skip
     * @return a new query with the offset
     */
    JoinedQuery<E> offset(long count);

    /**
     * Projects one expression: each row is its value (a scalar select).
     *
     * @param <A> the Java type of the expression
     * @param expression the expression to select
     * @return a query whose rows are the expression's values
     */
    <A> ResultQuery<Object, A> select(Expression<?, A> expression);

    /**
     * Projects 2 expressions into {@link Tuple2}s, or into a user type with {@code into}.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @return the projected query, to run or to map with {@code into}
     */
    <A, B> Select2<Object, A, B> select(Expression<?, A> first, Expression<?, B> second);

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
    <A, B, C> Select3<Object, A, B, C> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third);

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
    <A, B, C, D> Select4<Object, A, B, C, D> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third, Expression<?, D> fourth);

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
    <A, B, C, D, V> Select5<Object, A, B, C, D, V> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third, Expression<?, D> fourth, Expression<?, V> fifth);

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
    <A, B, C, D, V, W> Select6<Object, A, B, C, D, V, W> select(Expression<?, A> first, Expression<?, B> second, Expression<?, C> third, Expression<?, D> fourth, Expression<?, V> fifth, Expression<?, W> sixth);

    /**
     * Locks the rows the query reads, in every table it joins or only in those named with
     * {@code of(...)}, until the transaction ends ({@code ... FOR UPDATE}, after
     * {@code LIMIT}/{@code OFFSET}): another transaction that wants to change them, or lock them
     * too, waits for this one to commit or roll back. Runs only inside a transaction; a
     * {@code of(...)}, {@code noWait()} or {@code skipLocked()} step may follow. See {@link LockedQuery}.
     *
     * <pre>{@code
     * db.transaction(tx -> {
     *     List<Post> drafts = tx.select(POST).leftJoin(POST.author)
     *             .where(POST.status.eq(Status.DRAFT)).forUpdate().of(POST).fetch();   // FOR UPDATE OF "posts"
     *     ...
     * });
     * }</pre>
     *
     * <p>The lock covers the rows of this statement only, not relationships read by load options.
     * SQLite has no row locks: there, the query throws an {@link UnsupportedOperationException}
     * before anything runs. The rows of an outer join's nullable side cannot be locked: with
     * an outer join, name the tables to lock with {@code of(...)}.
     *
     * @return the locking query, to run or to refine with {@code of(...)}, {@code noWait()} or
     *         {@code skipLocked()}
     */
    LockOfStep<E> forUpdate();

    /**
     * Locks the rows the query reads in shared mode until the transaction ends
     * ({@code ... FOR SHARE}): other transactions may read and share-lock them, but not change,
     * delete or lock them for update until this one ends. Otherwise as {@link #forUpdate()}.
     *
     * @return the locking query, to run or to refine with {@code of(...)}, {@code noWait()} or
     *         {@code skipLocked()}
     */
    LockOfStep<E> forShare();

    /**
     * Runs the query and returns the first table's entity of every row.
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
     */
    Optional<E> findOne();

    /**
     * Runs the query and streams its rows; close the stream (try-with-resources).
     *
     * @return a stream of the rows, to close after use
     */
    Stream<E> stream();

    /**
     * Runs {@code SELECT COUNT(*)} over this query's rows.
     *
     * @return the number of rows
     */
    long count();

    /** The SQL this query runs, with {@code ?} for each parameter. */
    @Override
    String toSql();

    /** The values bound to the parameters of {@link #toSql()}, in order. */
    @Override
    List<Object> parameters();
}
