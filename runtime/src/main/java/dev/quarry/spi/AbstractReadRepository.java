package dev.quarry.spi;

import dev.quarry.Database;
import dev.quarry.internal.repository.HandWrittenSql;
import dev.quarry.internal.repository.RepositoryOperations;
import dev.quarry.internal.session.SessionRepository;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Load;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Sort;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.ReadRepository;
import dev.quarry.repository.Slice;
import dev.quarry.session.Session;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Base class of every generated {@code X_Impl} of a {@link ReadRepository}: implements the
 * inherited methods, and gives the generated finders their query, paging and hand-written SQL.
 * A repository made over a {@link Session} runs them in the session (see the session guide's
 * repositories). For generated code.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type
 */
public abstract class AbstractReadRepository<E, K> implements ReadRepository<E, K> {
    private final Database database;
    private final EntityTable<E, K> table;
    private final RepositoryOperations<E, K> operations;
    /** The session the repository runs in, or {@code null} for one over the database. */
    private final SessionRepository<E, K> session;

    /**
     * @param database the database the repository runs on
     * @param table    the entity's table constant
     */
    protected AbstractReadRepository(Database database, EntityTable<E, K> table) {
        this.database = Objects.requireNonNull(database, "database");
        this.table = Objects.requireNonNull(table, "table");
        this.operations = new RepositoryOperations<>(database, table);
        this.session = null;
    }

    /**
     * A repository in {@code session}: its reads go through the session's identity map (after
     * its autoflush), its {@code save} and {@code delete} are sent by the session's flush.
     *
     * @param session the session, opened by {@link Database#session()}
     * @param table   the entity's table constant
     * @throws IllegalArgumentException if the session was not opened by a {@code Database}
     */
    protected AbstractReadRepository(Session session, EntityTable<E, K> table) {
        this.session = new SessionRepository<>(session, table);
        this.database = this.session.database();
        this.table = table;
        this.operations = new RepositoryOperations<>(database, table);
    }

    /** The shared implementation of the inherited methods over the database. */
    final RepositoryOperations<E, K> operations() {
        return operations;
    }

    /** The shared implementation of the inherited methods in a session, or {@code null}. */
    final SessionRepository<E, K> inSession() {
        return session;
    }

    @Override
    public final Database database() {
        return database;
    }

    @Override
    public final Optional<E> findById(K id) {
        Objects.requireNonNull(id, "id");
        return session != null ? session.findById(id) : database.get(table, id);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Load options need relationships, which only entities with a single-column key have (a
     * composite key makes the processor reject them), so the key is that one column.
     */
    @Override
    @SuppressWarnings("unchecked")
    public final Optional<E> findById(K id, Load<E, ?> load) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(load, "load");
        List<Column<E, ?>> key = table.primaryKey();
        if (key.size() != 1) {
            throw new UnsupportedOperationException(table.name() + " has a composite key, and an entity with a"
                    + " composite key has no relationships to load; call findById(id)");
        }
        return select().where(((Column<E, Object>) key.get(0)).eq(id)).load(load).findOne();
    }

    @Override
    public final List<E> findAllById(Collection<? extends K> ids) {
        return session != null ? session.findAllById(ids) : operations.findAllById(ids);
    }

    @Override
    public final List<E> findAll() {
        return select().fetch();
    }

    @Override
    public final List<E> findAll(Load<E, ?> load) {
        return select().load(Objects.requireNonNull(load, "load")).fetch();
    }

    @Override
    public final List<E> findAll(List<? extends Sort<E>> order) {
        return select().orderBy(order).fetch();
    }

    @Override
    public final Page<E> findAll(PageRequest page, List<? extends Sort<E>> order) {
        return page(select().orderBy(order), page);
    }

    @Override
    public final boolean existsById(K id) {
        return session != null ? session.existsById(id) : operations.existsById(id);
    }

    @Override
    public final long count() {
        return select().count();
    }

    /**
     * A {@code SELECT} of the entity's table: on the database, or in the repository's session
     * (there it runs after the autoflush, and its entities go through the identity map).
     *
     * @return the query
     */
    protected final SelectQuery<E> select() {
        return session != null ? session.select() : database.select(table);
    }

    /**
     * Deletes the rows matching {@code condition} in one statement. In a session it runs at once
     * (after the autoflush), and the tracked objects of the deleted rows become deleted.
     *
     * @param condition the rows to delete
     * @return the number of rows deleted
     */
    protected final int deleteRows(Condition<E> condition) {
        Objects.requireNonNull(condition, "condition");
        return session != null ? session.deleteRows(condition) : database.delete(table).where(condition).execute();
    }

    /**
     * Deletes every row of the table in one statement, as {@link #deleteRows(Condition)} does.
     *
     * @return the number of rows deleted
     */
    protected final int deleteRows() {
        return session != null ? session.deleteRows(null) : database.delete(table).all().execute();
    }

    /**
     * Runs {@code query} for one page: the page's rows and the total count.
     *
     * @param query the entity query, with its order
     * @param page the page to read
     * @return the page's rows, with the total count
     */
    protected final Page<E> page(SelectQuery<E> query, PageRequest page) {
        return session != null ? session.page(query, page) : operations.page(query, page);
    }

    /**
     * Runs {@code query} for one page, reading one row more to tell whether another follows.
     *
     * @param query the entity query, with its order
     * @param page the page to read
     * @return the page's rows, and whether another page follows
     */
    protected final Slice<E> slice(SelectQuery<E> query, PageRequest page) {
        return session != null ? session.slice(query, page) : operations.slice(query, page);
    }

    /**
     * Runs {@code query} projected by {@code projection} for one page: the page's projected rows,
     * and the total count of the entity query's rows.
     *
     * @param <R> the type of the projected rows
     * @param query the entity query, with its order
     * @param projection turns the entity query into the projected query
     * @param page the page to read
     * @return the page's rows, with the total count
     */
    protected final <R> Page<R> page(SelectQuery<E> query,
            Function<? super SelectQuery<E>, ? extends ResultQuery<?, R>> projection, PageRequest page) {
        return session != null ? session.page(query, projection, page) : operations.page(query, projection, page);
    }

    /**
     * Runs {@code query} projected by {@code projection} for one page, reading one row more.
     *
     * @param <R> the type of the projected rows
     * @param query the entity query, with its order
     * @param projection turns the entity query into the projected query
     * @param page the page to read
     * @return the page's rows, and whether another page follows
     */
    protected final <R> Slice<R> slice(SelectQuery<E> query,
            Function<? super SelectQuery<E>, ? extends ResultQuery<?, R>> projection, PageRequest page) {
        return session != null ? session.slice(query, projection, page) : operations.slice(query, projection, page);
    }

    /**
     * Runs a hand-written query and maps every row.
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return the mapped rows
     */
    protected final <T> List<T> queryList(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return sql().list(sql, binding, rows(mapping));
    }

    /**
     * Runs a hand-written query expected to return at most one row.
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return the mapped row, or empty if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if it returns several
     */
    protected final <T> Optional<T> queryOptional(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return sql().optional(sql, binding, rows(mapping));
    }

    /**
     * Runs a hand-written query expected to return exactly one row.
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return the mapped row
     * @throws dev.quarry.exception.NoResultException        if it returns none
     * @throws dev.quarry.exception.NonUniqueResultException if it returns several
     */
    protected final <T> T queryOne(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return sql().one(sql, binding, rows(mapping));
    }

    /**
     * Runs a hand-written query and streams its rows; close the stream (try-with-resources).
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return a stream of the mapped rows, to close after use
     */
    protected final <T> Stream<T> queryStream(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return sql().stream(sql, binding, rows(mapping));
    }

    /**
     * Runs a hand-written {@code INSERT}, {@code UPDATE} or {@code DELETE}; returns the row count.
     *
     * @param sql the SQL, with {@code ?} placeholders
     * @param binding binds the placeholders' values
     * @return the number of rows changed
     */
    protected final int execute(String sql, ParameterBinding binding) {
        return sql().execute(sql, binding);
    }

    /**
     * Runs a hand-written query with collection parameters and maps every row: each of
     * {@code lists} is expanded into one {@code ?} per value, and {@code binding} binds the other
     * placeholders by their position in {@code sql} as written.
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param lists the collection parameters, in placeholder order
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return the mapped rows
     * @throws IllegalArgumentException if a collection is or holds {@code null}, or the values are
     *                                  more than the database takes in one statement
     */
    protected final <T> List<T> queryList(String sql, List<ListParameter> lists, ParameterBinding binding,
            RowMapping<T> mapping) {
        return sql().list(sql, lists, binding, rows(mapping));
    }

    /**
     * {@link #queryOptional(String, ParameterBinding, RowMapping)}, with collection parameters as in
     * {@link #queryList(String, List, ParameterBinding, RowMapping)}.
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param lists the collection parameters, in placeholder order
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return the mapped row, or empty if there is none
     */
    protected final <T> Optional<T> queryOptional(String sql, List<ListParameter> lists, ParameterBinding binding,
            RowMapping<T> mapping) {
        return sql().optional(sql, lists, binding, rows(mapping));
    }

    /**
     * {@link #queryOne(String, ParameterBinding, RowMapping)}, with collection parameters as in
     * {@link #queryList(String, List, ParameterBinding, RowMapping)}.
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param lists the collection parameters, in placeholder order
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return the mapped row
     */
    protected final <T> T queryOne(String sql, List<ListParameter> lists, ParameterBinding binding,
            RowMapping<T> mapping) {
        return sql().one(sql, lists, binding, rows(mapping));
    }

    /**
     * {@link #queryStream(String, ParameterBinding, RowMapping)}, with collection parameters as in
     * {@link #queryList(String, List, ParameterBinding, RowMapping)}.
     *
     * @param <T> the type of the mapped rows
     * @param sql the SQL, with {@code ?} placeholders
     * @param lists the collection parameters, in placeholder order
     * @param binding binds the placeholders' values
     * @param mapping maps each row
     * @return a stream of the mapped rows, to close after use
     */
    protected final <T> Stream<T> queryStream(String sql, List<ListParameter> lists, ParameterBinding binding,
            RowMapping<T> mapping) {
        return sql().stream(sql, lists, binding, rows(mapping));
    }

    /**
     * {@link #execute(String, ParameterBinding)}, with collection parameters as in
     * {@link #queryList(String, List, ParameterBinding, RowMapping)}.
     *
     * @param sql the SQL, with {@code ?} placeholders
     * @param lists the collection parameters, in placeholder order
     * @param binding binds the placeholders' values
     * @return the number of rows changed
     */
    protected final int execute(String sql, List<ListParameter> lists, ParameterBinding binding) {
        return sql().execute(sql, lists, binding);
    }

    /** Where hand-written SQL runs: the database, or the session's connection after its autoflush. */
    private HandWrittenSql sql() {
        return session != null ? session.sql() : operations.sql();
    }

    /** {@code mapping}, in a session putting the entity rows through its identity map. */
    private <T> RowMapping<T> rows(RowMapping<T> mapping) {
        return session != null ? session.rows(mapping) : mapping;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + table.name() + "]";
    }
}
