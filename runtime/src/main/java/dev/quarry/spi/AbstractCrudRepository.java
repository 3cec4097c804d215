package dev.quarry.spi;

import dev.quarry.Database;
import dev.quarry.internal.session.SessionRepository;
import dev.quarry.query.Column;
import dev.quarry.query.EntityTable;
import dev.quarry.repository.CrudRepository;
import dev.quarry.session.Session;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Base class of every generated {@code X_Impl} of a {@link CrudRepository}: implements the
 * inherited reading and writing methods. For generated code.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type
 */
public abstract class AbstractCrudRepository<E, K> extends AbstractReadRepository<E, K>
        implements CrudRepository<E, K> {
    /**
     * @param database the database the repository runs on
     * @param table    the entity's table constant
     */
    protected AbstractCrudRepository(Database database, EntityTable<E, K> table) {
        super(database, table);
    }

    /**
     * A repository in {@code session} (see {@link AbstractReadRepository#AbstractReadRepository(Session,
     * EntityTable)}): {@code save} and {@code delete} become session operations, and the
     * upserts, which are one statement run at once, throw {@link UnsupportedOperationException}.
     *
     * @param session the session, opened by {@link Database#session()}
     * @param table   the entity's table constant
     */
    protected AbstractCrudRepository(Session session, EntityTable<E, K> table) {
        super(session, table);
    }

    @Override
    public final E save(E entity) {
        Objects.requireNonNull(entity, "entity");
        SessionRepository<E, K> session = inSession();
        return session != null ? session.save(entity) : operations().save(entity);
    }

    @Override
    public final List<E> saveAll(Collection<? extends E> entities) {
        SessionRepository<E, K> session = inSession();
        return session != null ? session.saveAll(entities) : operations().saveAll(entities);
    }

    @Override
    public final E upsert(E entity) {
        Objects.requireNonNull(entity, "entity");
        SessionRepository<E, K> session = inSession();
        return session != null ? session.upsert(entity) : operations().upsert(entity);
    }

    /**
     * Inserts {@code entity}, or, when a row with the same values in the columns of
     * {@code conflict} (a unique constraint other than the primary key) exists, updates every
     * other column of that row except the key, in one statement ({@code INSERT ... ON CONFLICT
     * (...) DO UPDATE ... RETURNING}); returns the row as stored. A {@code null} column with a
     * server default is inserted as the default and left unchanged on update. The entity's key
     * takes no part in finding the row: a generated key is never inserted (a new row gets one
     * from the database, an existing row keeps its own). Generated {@code upsertBy...} methods
     * call it.
     *
     * @param conflict the columns of a unique constraint of the entity's table, in any order
     * @param entity   the entity to insert or to update the matching row with
     * @return the row as stored
     * @throws NullPointerException     if {@code conflict} or {@code entity} is {@code null}
     * @throws IllegalArgumentException if {@code conflict} is empty or names another table's column
     */
    protected final E upsertOn(List<? extends Column<E, ?>> conflict, E entity) {
        SessionRepository<E, K> session = inSession();
        return session != null ? session.upsertOn(entity) : operations().upsertOn(conflict, entity);
    }

    @Override
    public final boolean deleteById(K id) {
        SessionRepository<E, K> session = inSession();
        return session != null ? session.deleteById(id) : operations().deleteById(id);
    }

    @Override
    public final boolean delete(E entity) {
        Objects.requireNonNull(entity, "entity");
        SessionRepository<E, K> session = inSession();
        return session != null ? session.delete(entity) : operations().delete(entity);
    }

    @Override
    public final int deleteAllById(Collection<? extends K> ids) {
        SessionRepository<E, K> session = inSession();
        return session != null ? session.deleteAllById(ids) : operations().deleteAllById(ids);
    }

    @Override
    public final int deleteAll() {
        return deleteRows();
    }
}
