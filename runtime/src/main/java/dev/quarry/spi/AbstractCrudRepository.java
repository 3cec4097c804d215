package dev.quarry.spi;

import dev.quarry.Database;
import dev.quarry.query.EntityTable;
import dev.quarry.repository.CrudRepository;
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

    @Override
    public final E save(E entity) {
        return operations().save(Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public final List<E> saveAll(Collection<? extends E> entities) {
        return operations().saveAll(entities);
    }

    @Override
    public final E upsert(E entity) {
        return operations().upsert(Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public final boolean deleteById(K id) {
        return operations().deleteById(id);
    }

    @Override
    public final boolean delete(E entity) {
        return operations().delete(Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public final int deleteAllById(Collection<? extends K> ids) {
        return operations().deleteAllById(ids);
    }

    @Override
    public final int deleteAll() {
        return operations().deleteAll();
    }
}
