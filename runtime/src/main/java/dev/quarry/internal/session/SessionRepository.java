package dev.quarry.internal.session;

import dev.quarry.Database;
import dev.quarry.exception.NoResultException;
import dev.quarry.internal.query.Operations;
import dev.quarry.internal.repository.HandWrittenSql;
import dev.quarry.internal.repository.KeyConditions;
import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.WriteStatement;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.session.ObjectState;
import dev.quarry.session.Session;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.RowMapping;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The inherited methods of a generated repository obtained from a session: reads run on the
 * session's connection after its autoflush, entity rows go through its identity map, and
 * {@code save} and {@code delete} become session operations, sent by the next flush. Bulk deletes
 * run at once and mark the tracked objects of the rows they deleted as deleted.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type
 */
public final class SessionRepository<E, K> {
    private final SessionImpl session;
    private final EntityTable<E, K> table;
    private final KeyConditions<E, K> keys;
    private final boolean generatedKey;
    private final Operations statements;
    private final HandWrittenSql sql;

    public SessionRepository(Session session, EntityTable<E, K> table) {
        Objects.requireNonNull(session, "session");
        if (!(session instanceof SessionImpl impl)) {
            throw new IllegalArgumentException("a repository joins a session opened by Database.session(), not " + session);
        }
        if (impl.isClosed()) {
            throw new IllegalStateException("the session is closed; open another with db.session()");
        }
        this.session = impl;
        this.table = Objects.requireNonNull(table, "table");
        this.keys = new KeyConditions<>(table);
        this.generatedKey = table.schema().columns().stream().anyMatch(ColumnSchema::generated);
        RepositorySource source = new RepositorySource(impl);
        this.statements = new Operations(impl.engine(), source);
        this.sql = new HandWrittenSql(impl.engine(), source);
    }

    public Database database() {
        return session.database();
    }

    /** A {@code SELECT} of the table on the session's connection: autoflush, then rows through the identity map. */
    public SelectQuery<E> select() {
        return statements.select(table);
    }

    public Optional<E> findById(K id) {
        return session.get(table, id);
    }

    public List<E> findAllById(Collection<? extends K> ids) {
        Objects.requireNonNull(ids, "ids");
        return ids.isEmpty() ? List.of() : select().where(keys.in(ids)).fetch();
    }

    public boolean existsById(K id) {
        return select().where(keys.equal(Objects.requireNonNull(id, "id"))).limit(1).count() > 0;
    }

    public Page<E> page(SelectQuery<E> query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        long total = query.count(); // the session's transaction holds both statements
        return new Page<>(query.limit(page.size()).offset(page.offset()).fetch(), page, total);
    }

    public Slice<E> slice(SelectQuery<E> query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        List<E> rows = query.limit(page.size() + 1L).offset(page.offset()).fetch();
        boolean more = rows.size() > page.size();
        return new Slice<>(more ? rows.subList(0, page.size()) : rows, page, more);
    }

    public <R> Page<R> page(SelectQuery<E> query,
            Function<? super SelectQuery<E>, ? extends ResultQuery<?, R>> projection, PageRequest page) {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(page, "page");
        long total = query.count();
        return new Page<>(projection.apply(query.limit(page.size()).offset(page.offset())).fetch(), page, total);
    }

    public <R> Slice<R> slice(SelectQuery<E> query,
            Function<? super SelectQuery<E>, ? extends ResultQuery<?, R>> projection, PageRequest page) {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(page, "page");
        List<R> rows = projection.apply(query.limit(page.size() + 1L).offset(page.offset())).fetch();
        boolean more = rows.size() > page.size();
        return new Slice<>(more ? rows.subList(0, page.size()) : rows, page, more);
    }

    /** Hand-written SQL on the session's connection, after its autoflush. */
    public HandWrittenSql sql() {
        return sql;
    }

    /** {@code mapping}, with the rows that are entities of the table put through the identity map. */
    public <T> RowMapping<T> rows(RowMapping<T> mapping) {
        Class<E> type = table.mapper().entityClass();
        return row -> {
            T value = mapping.map(row);
            if (type.isInstance(value)) {
                @SuppressWarnings("unchecked") // value is an E, and T is its type
                T tracked = (T) session.trackGraph(table, type.cast(value));
                return tracked;
            }
            return value;
        };
    }

    // ---- writes

    /**
     * A tracked object stays as it is (the flush writes its changes; a deleted one is no longer
     * deleted); a new one is added; one with a key whose row the identity map or the database has
     * is merged into the tracked object; an assigned key no row has is added.
     */
    public E save(E entity) {
        Objects.requireNonNull(entity, "entity");
        ObjectState state = session.state(entity);
        if (state == ObjectState.PENDING || state == ObjectState.PERSISTENT || state == ObjectState.DELETED) {
            return session.add(table, entity);
        }
        K id = table.mapper().key(entity);
        if (generatedKey && KeyConditions.unset(id)) {
            return session.add(table, entity);
        }
        if (session.get(table, requireKey(entity, id)).isPresent()) {
            return session.merge(table, entity);
        }
        if (generatedKey) {
            throw new NoResultException("cannot save " + table.name() + " with generated key " + id
                    + ": no such row; save an entity with an unset key to insert it");
        }
        return session.add(table, entity);
    }

    /** Each as {@link #save}; the rows of the untracked objects with keys are read in one {@code SELECT} first. */
    public List<E> saveAll(Collection<? extends E> entities) {
        List<E> all = List.copyOf(Objects.requireNonNull(entities, "entities"));
        Set<K> missing = new LinkedHashSet<>();
        for (E entity : all) {
            ObjectState state = session.state(entity);
            K id = table.mapper().key(entity);
            if ((state == ObjectState.TRANSIENT || state == ObjectState.DETACHED) && !KeyConditions.unset(id)
                    && session.entry(table, id) == null) {
                missing.add(id);
            }
        }
        if (missing.size() > 1) {
            findAllById(missing);
        }
        List<E> saved = new ArrayList<>(all.size());
        for (E entity : all) {
            saved.add(save(entity));
        }
        return saved;
    }

    public E upsert(E entity) {
        throw refused("upsert(entity)");
    }

    public E upsertOn(E entity) {
        throw refused("upsertBy...(entity)");
    }

    private static UnsupportedOperationException refused(String method) {
        return new UnsupportedOperationException(method + " is one statement that runs at once, which a session"
                + " cannot track; in a session call save(entity), which inserts or updates at the flush, or call "
                + method + " on a repository over the Database");
    }

    /**
     * A tracked object is marked deleted (a pending one let go); an untracked one is deleted by
     * its key. Whether the session had a row to delete.
     */
    public boolean delete(E entity) {
        Objects.requireNonNull(entity, "entity");
        ObjectState state = session.state(entity);
        if (state == ObjectState.PERSISTENT || state == ObjectState.PENDING) {
            session.delete(entity);
            return state == ObjectState.PERSISTENT;
        }
        if (state == ObjectState.DELETED) {
            return false;
        }
        K id = table.mapper().key(entity);
        if (generatedKey && KeyConditions.unset(id)) {
            throw new IllegalArgumentException("cannot delete a " + table.name() + " entity that was never saved:"
                    + " its generated key is not assigned");
        }
        return deleteById(requireKey(entity, id));
    }

    public boolean deleteById(K id) {
        Optional<E> found = session.get(table, Objects.requireNonNull(id, "id"));
        found.ifPresent(session::delete);
        return found.isPresent();
    }

    /** The tracked objects are marked deleted; the others are read in one {@code SELECT}, then marked. */
    public int deleteAllById(Collection<? extends K> ids) {
        Objects.requireNonNull(ids, "ids");
        List<K> untracked = new ArrayList<>();
        int deleted = 0;
        for (K id : new LinkedHashSet<>(ids)) {
            Entry entry = session.entry(table, Objects.requireNonNull(id, "id"));
            if (entry == null) {
                untracked.add(id);
            } else if (entry.state == ObjectState.PERSISTENT) {
                session.delete(entry.entity);
                deleted++;
            }
        }
        for (E found : findAllById(untracked)) {
            if (session.state(found) == ObjectState.PERSISTENT) {
                session.delete(found);
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * {@code DELETE ... RETURNING} at once (after the autoflush); the tracked objects of the
     * deleted rows become deleted, as a flush leaves them. {@code condition} {@code null}: every row.
     */
    public int deleteRows(Condition<E> condition) {
        WriteStatement<E> delete = condition == null ? statements.delete(table).all()
                : statements.delete(table).where(condition);
        List<E> rows = delete.returning().fetch();
        for (E row : rows) {
            Entry entry = session.entry(table, table.mapper().key(row));
            if (entry != null && (entry.state == ObjectState.PERSISTENT || entry.state == ObjectState.DELETED)) {
                entry.state = ObjectState.DELETED;
                entry.deleteFlushed = true;
            }
        }
        return rows.size();
    }

    private K requireKey(E entity, K id) {
        if (id == null) {
            throw new IllegalArgumentException("the " + table.name() + " entity " + entity + " has no key;"
                    + " assign its @Id before saving or deleting it");
        }
        return id;
    }
}
