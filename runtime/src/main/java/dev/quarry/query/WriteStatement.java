package dev.quarry.query;

/**
 * A complete {@code INSERT}, {@code UPDATE} or {@code DELETE} of an entity table, ready to run
 * for its count of changed rows, or with {@code returning(...)} for values of the changed rows.
 * Immutable.
 *
 * <pre>{@code
 * List<Long> banned = db.update(USER).set(USER.status, BANNED).where(USER.age.lt(18))
 *         .returning(USER.id)
 *         .fetch();
 * }</pre>
 *
 * @param <E> the entity type of the table written
 */
public interface WriteStatement<E> extends WriteQuery {
    /**
     * {@code RETURNING} every column: each changed row as an entity, as stored.
     *
     * @return the query returning the changed rows as entities, to run
     */
    ReturningQuery<E> returning();

    /**
     * {@code RETURNING expression}: each changed row's value of one expression over the table.
     *
     * @param <A> the Java type of the expression
     * @param expression the expression to return
     * @return the query returning the changed rows' values, to run
     */
    <A> ReturningQuery<A> returning(Expression<? extends E, A> expression);

    /**
     * {@code RETURNING first, second}, as {@link Tuple2}s.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param first the first expression to return
     * @param second the second expression to return
     * @return the query returning the changed rows' values, to run
     */
    <A, B> ReturningQuery<Tuple2<A, B>> returning(Expression<? extends E, A> first, Expression<? extends E, B> second);

    /**
     * {@code RETURNING first, second, third}, as {@link Tuple3}s.
     *
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param <C> the Java type of the third expression
     * @param first the first expression to return
     * @param second the second expression to return
     * @param third the third expression to return
     * @return the query returning the changed rows' values, to run
     */
    <A, B, C> ReturningQuery<Tuple3<A, B, C>> returning(Expression<? extends E, A> first,
                                                        Expression<? extends E, B> second,
                                                        Expression<? extends E, C> third);
}
