package dev.quarry.internal.repository;

import dev.quarry.DataAccess;
import dev.quarry.Database;
import dev.quarry.EntityListener;
import dev.quarry.Transaction;
import dev.quarry.exception.MappingException;
import dev.quarry.exception.NoResultException;
import dev.quarry.exception.OptimisticLockException;
import dev.quarry.internal.query.Timestamps;
import dev.quarry.internal.query.Versions;
import dev.quarry.internal.exec.StatementRepeats;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.ConflictStep;
import dev.quarry.query.ConflictUpdateStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Sql;
import dev.quarry.query.UpdateSetStep;
import dev.quarry.query.UpdateWhereStep;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The inherited methods of generated repositories, over the public DSL: key conditions built
 * from the metamodel's key columns, updates by key whose values the generated mapper binds
 * (into a {@link ValueCapture}), paging, and hand-written SQL.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type
 */
public final class RepositoryOperations<E, K> {
    private final Database database;
    private final EntityTable<E, K> table;
    private final EntityMapper<E, K> mapper;
    private final List<Column<E, ?>> key;
    private final KeyConditions<E, K> keys;
    private final Set<String> keyNames;
    private final boolean generatedKey;
    /** Position of the {@code @Version} column in the schema, or -1. */
    private final int versionIndex;
    private final HandWrittenSql sql;
    /** Position of the {@code @CreatedAt} column in the schema, or -1: never updated. */
    private final int createdAtIndex;
    private final Clock clock;
    /** The table's listeners, or {@code null}. */
    private final EntityListener<E> listener;
    /** Whether the database has {@code UPDATE ... RETURNING}. */
    private final boolean hasUpdateReturning;

    public RepositoryOperations(Database database, EntityTable<E, K> table) {
        this.database = Objects.requireNonNull(database, "database");
        this.table = Objects.requireNonNull(table, "table");
        this.mapper = table.mapper();
        this.key = table.primaryKey();
        this.keys = new KeyConditions<>(table);
        this.keyNames = Set.copyOf(table.schema().primaryKey());
        this.generatedKey = table.schema().columns().stream().anyMatch(ColumnSchema::generated);
        this.versionIndex = table.schema().versionIndex();
        this.sql = new HandWrittenSql(DatabaseInternals.engine(database));
        this.createdAtIndex = table.schema().createdAtIndex();
        this.clock = DatabaseInternals.engine(database).clock();
        this.listener = DatabaseInternals.engine(database).listeners().of(table);
        this.hasUpdateReturning = DatabaseInternals.engine(database).dialect().hasUpdateReturning();
    }

    /** Runs hand-written SQL on this repository's database. */
    public HandWrittenSql sql() {
        return sql;
    }

    public List<E> findAllById(Collection<? extends K> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.select(table).where(keyIn(ids)).fetch();
    }

    public boolean existsById(K id) {
        return database.select(table).where(keyEquals(Objects.requireNonNull(id, "id"))).limit(1).count() > 0;
    }

    public Page<E> page(SelectQuery<E> query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        return database.transaction(tx -> {
            long total = query.count();
            List<E> content = query.limit(page.size()).offset(page.offset()).fetch();
            return new Page<>(content, page, total);
        });
    }

    public Slice<E> slice(SelectQuery<E> query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        List<E> rows = query.limit(page.size() + 1L).offset(page.offset()).fetch();
        boolean more = rows.size() > page.size();
        return new Slice<>(more ? rows.subList(0, page.size()) : rows, page, more);
    }

    public <R> Page<R> page(SelectQuery<E> query,
            Function<? super SelectQuery<E>, ? extends ResultQuery<?, R>> projection, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(page, "page");
        return database.transaction(tx -> {
            long total = query.count();
            List<R> content = projection.apply(query.limit(page.size()).offset(page.offset())).fetch();
            return new Page<>(content, page, total);
        });
    }

    public <R> Slice<R> slice(SelectQuery<E> query,
            Function<? super SelectQuery<E>, ? extends ResultQuery<?, R>> projection, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(page, "page");
        List<R> rows = projection.apply(query.limit(page.size() + 1L).offset(page.offset())).fetch();
        boolean more = rows.size() > page.size();
        return new Slice<>(more ? rows.subList(0, page.size()) : rows, page, more);
    }

    public E save(E entity) {
        K id = mapper.key(entity);
        if (generatedKey) {
            if (isUnset(id)) {
                return database.insert(table, entity);
            }
            return requireUpdated(update(database, entity, id), entity, id);
        }
        K assigned = requireKey(entity, id);
        return database.transaction(tx -> {
            E updated = update(tx, entity, assigned);
            return updated != null ? updated : insertNew(tx, entity, assigned);
        });
    }

    public List<E> saveAll(Collection<? extends E> entities) {
        List<E> all = List.copyOf(Objects.requireNonNull(entities, "entities"));
        if (all.isEmpty()) {
            return List.of();
        }
        StatementRepeats repeats = DatabaseInternals.engine(database).repeats();
        return database.transaction(tx -> {
            // one operation for the N+1 detector: its per-entity updates are one call, not a loop of calls
            boolean operation = repeats.beginOperation();
            try {
                return saveAllIn(tx, all);
            } finally {
                if (operation) {
                    repeats.endOperation();
                }
            }
        });
    }

    private List<E> saveAllIn(Transaction tx, List<E> all) {
        List<E> saved = new ArrayList<>(all);
        List<Integer> insertAt = new ArrayList<>();
        List<E> inserts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            E entity = all.get(i);
            K id = mapper.key(entity);
            if (generatedKey && isUnset(id)) {
                insertAt.add(i);
                inserts.add(entity);
            } else if (generatedKey) {
                saved.set(i, requireUpdated(update(tx, entity, id), entity, id));
            } else {
                E updated = update(tx, entity, requireKey(entity, id));
                if (updated != null) {
                    saved.set(i, updated);
                } else {
                    requireAbsent(tx, entity, id);
                    insertAt.add(i);
                    inserts.add(entity);
                }
            }
        }
        List<E> inserted = tx.insertAll(table, inserts);
        for (int i = 0; i < inserted.size(); i++) {
            saved.set(insertAt.get(i), inserted.get(i));
        }
        return saved;
    }

    /**
     * Inserts {@code entity}, or on a conflict on the primary key updates every other column of
     * the existing row, and returns the row as stored. With a {@code @GeneratedValue} key: an
     * unset key is a plain insert; a set key updates the row with that key (it was generated by
     * an earlier insert; inserting it explicitly would leave PostgreSQL's identity sequence
     * behind).
     */
    public E upsert(E entity) {
        K id = mapper.key(entity);
        if (generatedKey && isUnset(id)) {
            return database.insert(table, entity);
        }
        if (generatedKey) {
            return database.transaction(tx -> {
                UpdateWhereStep<E> step = assignments(tx, entity);
                List<E> rows;
                if (step == null) {
                    rows = tx.select(table).where(keyEquals(id)).fetch();
                } else if (hasUpdateReturning) {
                    rows = step.where(keyAndVersion(entity, id)).returning().fetch();
                } else {
                    // no UPDATE ... RETURNING: the row is read back by key in the same transaction
                    rows = step.where(keyAndVersion(entity, id)).execute() == 0 ? List.of()
                            : tx.select(table).where(keyEquals(id)).fetch();
                }
                if (rows.isEmpty() && versionIndex >= 0) {
                    throw lockFailure(id, versionOf(entity), "update");
                }
                if (rows.isEmpty()) {
                    throw new NoResultException("cannot upsert " + table.name() + " with generated key " + id
                            + ": no such row; upsert an entity with an unset key to insert it");
                }
                return rows.get(0);
            });
        }
        requireKey(entity, id);
        return insertOrUpdate(entity, key, keyNames);
    }

    /**
     * Inserts {@code entity}, or on a conflict on the unique constraint over {@code conflict}
     * updates every column of the existing row but the key and {@code conflict}, and returns the
     * row as stored. The key takes no part: a generated key is never inserted (the database
     * generates one for a new row; an existing row keeps its own), and an assigned key is
     * inserted with a new row, so a different row holding it fails as a duplicate key.
     *
     * @param conflict the columns of a unique constraint of the table, other than the primary key
     */
    public E upsertOn(List<? extends Column<E, ?>> conflict, E entity) {
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(entity, "entity");
        if (conflict.isEmpty()) {
            throw new IllegalArgumentException("upsertOn needs the columns of a unique constraint of " + table.name()
                    + "; for the primary key, call upsert(entity)");
        }
        Set<String> kept = new HashSet<>(keyNames);
        for (Column<E, ?> column : conflict) {
            if (!table.name().equals(Objects.requireNonNull(column, "conflict column").table().name())) {
                throw new IllegalArgumentException("column " + column.name() + " is not a column of " + table.name());
            }
            kept.add(column.name());
        }
        if (!generatedKey) {
            requireKey(entity, mapper.key(entity));
        }
        return insertOrUpdate(entity, conflict, kept);
    }

    /**
     * {@code INSERT ... ON CONFLICT (conflict) DO UPDATE SET c = EXCLUDED.c ... RETURNING *} for
     * every column but {@code kept} and the {@code null} columns with a server default (inserted
     * as the default, left unchanged on update).
     */
    private E insertOrUpdate(E entity, List<? extends Column<E, ?>> conflict, Set<String> kept) {
        long omitted = mapper.omittedDefaults(entity);
        ConflictStep<E> start = database.insertInto(table).values(entity).onConflict(conflict);
        ConflictUpdateStep<E> step = null;
        List<ColumnSchema> schema = table.schema().columns();
        List<Column<E, ?>> columns = table.columns();
        int defaultIndex = 0;
        for (int i = 0; i < schema.size(); i++) {
            ColumnSchema column = schema.get(i);
            boolean omittedDefault = false;
            if (column.hasServerDefault()) {
                omittedDefault = (omitted & (1L << defaultIndex)) != 0L;
                defaultIndex++;
            }
            if (omittedDefault || kept.contains(column.name())) {
                continue;
            }
            if (i == versionIndex) {
                // an upsert on a conflict is a blind write: the version is incremented, not checked
                Column<E, Object> version = untyped(columns.get(i));
                step = step == null ? start.doUpdateSetExpression(version, incremented(version))
                        : step.setExpression(version, incremented(version));
                continue;
            }
            step = step == null ? start.doUpdateSetExcluded(columns.get(i)) : step.setExcluded(columns.get(i));
        }
        if (step == null) {
            // only conflict and key columns (or defaults left to the database): a no-op update that
            // sets a conflict column to the equal value it has, so RETURNING has the row
            step = start.doUpdateSetExcluded(conflict.get(0));
        }
        return step.returning().fetch().get(0);
    }

    public boolean deleteById(K id) {
        return database.delete(table).where(keyEquals(Objects.requireNonNull(id, "id"))).execute() > 0;
    }

    public boolean delete(E entity) {
        K id = mapper.key(entity);
        if (generatedKey && isUnset(id)) {
            throw new IllegalArgumentException("cannot delete a " + table.name() + " entity that was never saved:"
                    + " its generated key is not assigned");
        }
        K assigned = requireKey(entity, id);
        if (listener == null) {
            return deleteRow(entity, assigned);
        }
        return database.transaction(tx -> {
            listener.beforeDelete(entity);
            boolean deleted = deleteRow(entity, assigned);
            if (deleted) {
                listener.afterDelete(entity);
            }
            return deleted;
        });
    }

    private boolean deleteRow(E entity, K assigned) {
        if (versionIndex < 0) {
            return deleteById(assigned);
        }
        Object version = versionOf(entity);
        if (database.delete(table).where(keyAndVersion(entity, assigned)).execute() == 0) {
            throw lockFailure(assigned, version, "delete");
        }
        return true;
    }

    public int deleteAllById(Collection<? extends K> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return 0;
        }
        return database.delete(table).where(keyIn(ids)).execute();
    }

    public int deleteAll() {
        return database.delete(table).all().execute();
    }

    /**
     * {@code UPDATE table SET <every column but the key> WHERE <key> = ...}; a {@code null}
     * column with a server default is left out, as on insert. With a {@code @Version} column:
     * {@code SET ..., "version" = "version" + 1 WHERE <key> = ... AND "version" = ?} (the version
     * the entity holds; an entity whose version is {@code null} is new and matches no row).
     * An {@code @UpdatedAt} column is set to the clock's now first; a {@code @CreatedAt} column is
     * left out. Returns the entity as updated (holding its new version and time), or {@code null}
     * when no row matched.
     */
    private E update(DataAccess data, E given, K id) {
        E entity = Timestamps.onUpdate(clock, table, given);
        if (listener == null) {
            return updateRow(data, entity, id);
        }
        listener.beforeUpdate(entity);
        E updated = updateRow(data, entity, id);
        if (updated != null) {
            listener.afterUpdate(updated);
        }
        return updated;
    }

    private E updateRow(DataAccess data, E entity, K id) {
        UpdateWhereStep<E> step = assignments(data, entity);
        if (step == null) {
            return data.select(table).where(keyEquals(id)).limit(1).count() > 0 ? entity : null;
        }
        if (versionIndex < 0) {
            return step.where(keyEquals(id)).execute() > 0 ? entity : null;
        }
        Object version = versionOf(entity);
        if (version == null || step.where(keyAndVersion(entity, id)).execute() == 0) {
            return null;
        }
        return mapper.withColumn(entity, versionIndex, Versions.next(version));
    }

    /** {@code updated}, or the failure of an update by a generated key that matched no row. */
    private E requireUpdated(E updated, E entity, K id) {
        if (updated != null) {
            return updated;
        }
        if (versionIndex >= 0) {
            throw lockFailure(id, versionOf(entity), "update");
        }
        throw new NoResultException("cannot update " + table.name() + " with key " + id
                + ": no such row; save an entity with an unset key to insert it");
    }

    /** Inserts an entity with an assigned key that no update matched (a versioned row must not exist). */
    private E insertNew(Transaction tx, E entity, K id) {
        requireAbsent(tx, entity, id);
        return tx.insert(table, entity);
    }

    /** With a version column: fails when the row exists, so the update missed it by its version. */
    private void requireAbsent(DataAccess data, E entity, K id) {
        if (versionIndex >= 0 && data.select(table).where(keyEquals(id)).limit(1).count() > 0) {
            throw lockFailure(id, versionOf(entity), "update");
        }
    }

    /** The key condition, and {@code "version" = ?} with the entity's version when the table has one. */
    private Condition<E> keyAndVersion(E entity, K id) {
        Condition<E> condition = keyEquals(id);
        if (versionIndex < 0) {
            return condition;
        }
        Object version = versionOf(entity);
        if (version == null) {
            throw new IllegalArgumentException("the " + table.name() + " entity " + entity + " has no version: it"
                    + " was never saved; read it from the database first");
        }
        return condition.and(untyped(table.columns().get(versionIndex)).eq(version));
    }

    /** The value of the entity's {@code @Version} column. */
    private Object versionOf(E entity) {
        ValueCapture values = new ValueCapture();
        try {
            mapper.bindInsert(entity, 0L, values, 1);
        } catch (SQLException e) {
            throw new MappingException("cannot read the columns of a " + table.name() + " entity: " + e.getMessage(), e);
        }
        int index = 1;
        List<ColumnSchema> schema = table.schema().columns();
        for (int i = 0; i < versionIndex; i++) {
            if (!schema.get(i).generated()) {
                index++;
            }
        }
        return values.get(index);
    }

    /** {@code "version" + 1}, the 1 in the column's type. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the version column is an Integer or Long column
    private Expression<E, Object> incremented(Column<E, Object> version) {
        return (Expression) Sql.add((Column<E, Number>) (Column) version, Versions.one(table.schema()));
    }

    private OptimisticLockException lockFailure(Object id, Object version, String verb) {
        return new OptimisticLockException(mapper.entityClass().getSimpleName(), table.name(), id, version, verb);
    }

    /**
     * {@code UPDATE table SET <every column but the key>}, leaving out a {@code null} column with
     * a server default; {@code null} when the key is the only column left.
     */
    private UpdateWhereStep<E> assignments(DataAccess data, E entity) {
        long omitted = mapper.omittedDefaults(entity);
        ValueCapture values = new ValueCapture();
        try {
            mapper.bindInsert(entity, omitted, values, 1);
        } catch (SQLException e) {
            throw new MappingException("cannot read the columns of a " + table.name() + " entity: " + e.getMessage(), e);
        }
        List<ColumnSchema> schema = table.schema().columns();
        List<Column<E, ?>> columns = table.columns();
        UpdateSetStep<E> start = data.update(table);
        UpdateWhereStep<E> step = null;
        int defaultIndex = 0;
        int index = 1;
        for (int i = 0; i < schema.size(); i++) {
            ColumnSchema column = schema.get(i);
            boolean omittedDefault = false;
            if (column.hasServerDefault()) {
                omittedDefault = (omitted & (1L << defaultIndex)) != 0L;
                defaultIndex++;
            }
            if (column.generated() || omittedDefault) {
                continue;
            }
            Object value = values.get(index++);
            if (i == versionIndex || i == createdAtIndex) {
                continue; // the version is incremented below; @CreatedAt is written by the insert only
            }
            if (!keyNames.contains(column.name())) {
                step = set(step == null ? start : step, columns.get(i), value);
            }
        }
        if (versionIndex >= 0) {
            Column<E, Object> version = untyped(columns.get(versionIndex));
            step = (step == null ? start : step).setExpression(version, incremented(version));
        }
        return step;
    }

    @SuppressWarnings("unchecked")
    private static <E> UpdateWhereStep<E> set(UpdateSetStep<E> step, Column<E, ?> column, Object value) {
        return step.set((Column<E, Object>) column, value);
    }

    private static <E> Column<E, Object> untyped(Column<E, ?> column) {
        return KeyConditions.untyped(column);
    }

    private Condition<E> keyEquals(K id) {
        return keys.equal(id);
    }

    private Condition<E> keyIn(Collection<? extends K> ids) {
        return keys.in(ids);
    }

    private static boolean isUnset(Object id) {
        return KeyConditions.unset(id);
    }

    private K requireKey(E entity, K id) {
        if (id == null) {
            throw new IllegalArgumentException("the " + table.name() + " entity " + entity + " has no key;"
                    + " assign its @Id before saving or deleting it");
        }
        return id;
    }
}
