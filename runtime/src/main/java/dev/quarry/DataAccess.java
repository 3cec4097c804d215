package dev.quarry;

import dev.quarry.query.DeleteWhereStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.InsertIntoStep;
import dev.quarry.query.Relation;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select2;
import dev.quarry.query.Select3;
import dev.quarry.query.Select4;
import dev.quarry.query.Select5;
import dev.quarry.query.Select6;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.TextQuery;
import dev.quarry.query.UpdateSetStep;
import dev.quarry.transaction.TransactionCallback;
import dev.quarry.transaction.TransactionConsumer;
import dev.quarry.transaction.TransactionOptions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The statements Quarry runs, shared by {@link Database} and {@link Transaction}. On a
 * {@code Database}, each call joins the transaction the current thread is in, if any, and
 * otherwise runs on its own connection in auto-commit mode.
 */
public interface DataAccess {
    /**
     * Starts a {@code SELECT} of whole entities from {@code table}.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @return the query
     */
    <E> SelectQuery<E> select(EntityTable<E, ?> table);

    /**
     * Starts a projection of one expression, {@code SELECT expression FROM table}, whose
     * {@code FROM} is the table the expression reads:
     * {@code List<String> names = db.select(USER.name).where(USER.age.ge(18)).fetch()}. It is
     * {@code db.select(TABLE).select(expression)} with the table taken from the expression;
     * conditions, groups and orders follow on the returned query.
     *
     * @param <S> the entity type of the table the expressions read
     * @param <A> the Java type of the expression
     * @param expression the expression to select
     * @return a query whose rows are the expression's values
     * @throws IllegalArgumentException if the expression reads several tables (start from a
     *                                  table and join the others: {@code db.select(TABLE).join(OTHER).on(...).select(...)})
     *                                  or none ({@code count()}, {@code now()}: start from a table)
     */
    <S, A> ResultQuery<S, A> select(Expression<S, A> expression);

    /**
     * Starts a projection of 2 expressions into {@link dev.quarry.query.Tuple2}s (or a user type
     * with {@code into}) from the one table they read: {@code db.select(USER.name, USER.age)}
     * (see {@link #select(Expression)}).
     *
     * @param <S> the entity type of the table the expressions read
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @return the projected query, to run or to map with {@code into}
     * @throws IllegalArgumentException if the expressions read several tables or none
     */
    <S, A, B> Select2<S, A, B> select(Expression<? extends S, A> first, Expression<? extends S, B> second);

    /**
     * Starts a projection of 3 expressions from the one table they read (see {@link #select(Expression, Expression)}).
     *
     * @param <S> the entity type of the table the expressions read
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param <C> the Java type of the third expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @param third the third expression to select
     * @return the projected query, to run or to map with {@code into}
     * @throws IllegalArgumentException if the expressions read several tables or none
     */
    <S, A, B, C> Select3<S, A, B, C> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third);

    /**
     * Starts a projection of 4 expressions from the one table they read (see {@link #select(Expression, Expression)}).
     *
     * @param <S> the entity type of the table the expressions read
     * @param <A> the Java type of the first expression
     * @param <B> the Java type of the second expression
     * @param <C> the Java type of the third expression
     * @param <D> the Java type of the fourth expression
     * @param first the first expression to select
     * @param second the second expression to select
     * @param third the third expression to select
     * @param fourth the fourth expression to select
     * @return the projected query, to run or to map with {@code into}
     * @throws IllegalArgumentException if the expressions read several tables or none
     */
    <S, A, B, C, D> Select4<S, A, B, C, D> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth);

    /**
     * Starts a projection of 5 expressions from the one table they read (see {@link #select(Expression, Expression)}).
     *
     * @param <S> the entity type of the table the expressions read
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
     * @throws IllegalArgumentException if the expressions read several tables or none
     */
    <S, A, B, C, D, V> Select5<S, A, B, C, D, V> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth,
            Expression<? extends S, V> fifth);

    /**
     * Starts a projection of 6 expressions from the one table they read (see {@link #select(Expression, Expression)}).
     *
     * @param <S> the entity type of the table the expressions read
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
     * @throws IllegalArgumentException if the expressions read several tables or none
     */
    <S, A, B, C, D, V, W> Select6<S, A, B, C, D, V, W> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
            Expression<? extends S, C> third, Expression<? extends S, D> fourth,
            Expression<? extends S, V> fifth, Expression<? extends S, W> sixth);

    /**
     * Reads the row with the given primary key.
     *
     * @param <E> the entity type
     * @param <K> the primary-key type
     * @param table the entity's table
     * @param key the primary key
     * @return the entity, or empty if there is none
     */
    <E, K> Optional<E> get(EntityTable<E, K> table, K key);

    /**
     * Inserts one entity and returns it with its generated key and omitted server defaults:
     * the same instance for a class, a new instance for a record.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param entity the entity to insert
     * @return the inserted entity
     */
    <E> E insert(EntityTable<E, ?> table, E entity);

    /**
     * Inserts many entities in as few statements as the dialect allows (multi-row
     * {@code INSERT}, chunked by the bind-parameter limit) and returns them, in order, as
     * {@link #insert} does.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param entities the entities to insert
     * @return the inserted entities, in order
     */
    <E> List<E> insertAll(EntityTable<E, ?> table, Collection<? extends E> entities);

    /**
     * Inserts many entities as fast as the database takes them, returning only how many rows it
     * took: nothing is read back, so the entities are not changed (no generated keys, no server
     * defaults; use {@link #insertAll} for those). On PostgreSQL the rows are streamed with
     * {@code COPY ... FROM STDIN}, one copy per set of omitted server-default columns; on other
     * databases they go in multi-row {@code INSERT}s without {@code RETURNING}. All of it happens
     * in one transaction (the current one, or one of its own): a failure inserts nothing.
     * Constraint violations are reported as for an {@code INSERT}.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param entities the entities to insert
     * @return the number of rows inserted
     * @throws NullPointerException if {@code entities} is or holds {@code null}
     */
    <E> long bulkInsert(EntityTable<E, ?> table, Collection<? extends E> entities);

    /**
     * Persists {@code entity} with the related entities its relationships hold, in one
     * transaction (the current one, if any): every relationship that was loaded or set in code
     * is followed (an unloaded one has nothing to write).
     *
     * <ul>
     *   <li>new entities (with an unset generated key) are inserted, referenced ones first, and
     *       their keys are set into the foreign keys of the entities that reference them;
     *       existing entities are not updated, except the foreign key of one moved into another
     *       entity's collection;</li>
     *   <li>many-to-many pairs added to a collection get their join row, and pairs removed from
     *       a loaded collection lose it;</li>
     *   <li>an entity removed from a loaded one-to-many collection is deleted when the mapping
     *       says {@code cascade = Cascade.DELETE_ORPHAN}, gets a {@code NULL} foreign key when the
     *       column allows it, and is an error otherwise.</li>
     * </ul>
     *
     * Each table and relationship is written for all its entities at once (inserts batched), so
     * the statements follow the shape of the graph, not its size.
     *
     * <pre>{@code
     * User ann = new User("Ann");
     * ann.posts = new ArrayList<>(List.of(Post.draft("Hello"), Post.draft("Again")));
     * db.persist(USER, ann);        // INSERT the user, then both posts (one statement) with author_id set
     * }</pre>
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param entity the root of the graph to persist
     * @return the persisted entity: the same instance for a class, a new instance for a record
     *         (collections of the graph hold the persisted instances too)
     */
    <E> E persist(EntityTable<E, ?> table, E entity);

    /**
     * Deletes {@code entity} in one transaction (the current one, if any), after the related rows
     * of its relationships declared {@code cascade = Cascade.DELETE} (recursively, one
     * {@code SELECT} and one {@code DELETE} per relationship level) and its many-to-many join
     * rows. Other related rows are left to the database's foreign keys.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param entity the entity to delete
     */
    <E> void remove(EntityTable<E, ?> table, E entity);

    /**
     * Inserts the join row linking {@code from} and {@code to} through a many-to-many relationship.
     *
     * @param <S> the entity type that declares the relationship
     * @param <T> the related entity type
     * @param relation the many-to-many relationship
     * @param from the entity that declares the relationship
     * @param to the related entity
     */
    <S, T> void link(Relation<S, T> relation, S from, T to);

    /**
     * Deletes the join row linking {@code from} and {@code to} through a many-to-many relationship.
     *
     * @param <S> the entity type that declares the relationship
     * @param <T> the related entity type
     * @param relation the many-to-many relationship
     * @param from the entity that declares the relationship
     * @param to the related entity
     */
    <S, T> void unlink(Relation<S, T> relation, S from, T to);

    /**
     * Raw SQL with named parameters ({@code :name}), bound by name and read as entities, values,
     * tuples or records: {@code text("select * from users where age > :age").bind("age", 30).as(USER)}.
     * Values are always bound; a parameter left unbound fails before anything runs.
     *
     * @param sql the SQL, with {@code :name} parameters
     * @return the query, to bind and read
     * @throws IllegalArgumentException if the text is blank, has an unterminated quote or comment,
     *                                  or uses positional {@code ?} parameters
     */
    TextQuery text(String sql);

    /**
     * Starts an {@code INSERT} built step by step: rows from entities or from a query
     * ({@code INSERT ... SELECT}), an optional {@code ON CONFLICT} (upsert) and {@code RETURNING}.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @return the first step of the {@code INSERT}
     */
    <E> InsertIntoStep<E> insertInto(EntityTable<E, ?> table);

    /**
     * Starts an {@code UPDATE} of {@code table}.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @return the step that sets the columns
     */
    <E> UpdateSetStep<E> update(EntityTable<E, ?> table);

    /**
     * Starts a {@code DELETE} from {@code table}.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @return the step that takes the {@code WHERE} condition
     */
    <E> DeleteWhereStep<E> delete(EntityTable<E, ?> table);

    /**
     * Runs {@code work} in a transaction: commits when it returns, rolls back and rethrows when
     * it throws. Inside a transaction this opens a nested one on a savepoint.
     *
     * @param <R> the type of the work's result
     * @param <X> the checked exception the work may throw
     * @param work the work to run
     * @return what {@code work} returns
     * @throws X what {@code work} throws, after the rollback
     */
    <R, X extends Exception> R transaction(TransactionCallback<R, X> work) throws X;

    /**
     * As {@link #transaction(TransactionCallback)}, with an isolation level or read-only.
     *
     * @param <R> the type of the work's result
     * @param <X> the checked exception the work may throw
     * @param options the isolation level and read-only flag
     * @param work the work to run
     * @return what {@code work} returns
     * @throws X what {@code work} throws, after the rollback
     */
    <R, X extends Exception> R transaction(TransactionOptions options, TransactionCallback<R, X> work) throws X;

    /**
     * As {@link #transaction(TransactionCallback)}, for work that returns nothing.
     *
     * @param <X> the checked exception the work may throw
     * @param work the work to run
     * @throws X what {@code work} throws, after the rollback
     */
    <X extends Exception> void useTransaction(TransactionConsumer<X> work) throws X;

    /**
     * As {@link #transaction(TransactionOptions, TransactionCallback)}, for work that returns nothing.
     *
     * @param <X> the checked exception the work may throw
     * @param options the isolation level and read-only flag
     * @param work the work to run
     * @throws X what {@code work} throws, after the rollback
     */
    <X extends Exception> void useTransaction(TransactionOptions options, TransactionConsumer<X> work) throws X;
}
