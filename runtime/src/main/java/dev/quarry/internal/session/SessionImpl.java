package dev.quarry.internal.session;

import static dev.quarry.internal.session.Snapshots.capture;
import static dev.quarry.internal.session.Snapshots.changed;
import static dev.quarry.internal.session.Snapshots.position;
import static dev.quarry.internal.session.Snapshots.same;

import dev.quarry.Database;
import dev.quarry.EntityListener;
import dev.quarry.exception.NoResultException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.internal.exec.Binding;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.query.Operations;
import dev.quarry.internal.query.Timestamps;
import dev.quarry.internal.query.Versions;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.internal.schema.TableOrder;
import dev.quarry.internal.session.SessionRegistry.Identity;
import dev.quarry.internal.tx.ConnectionImpl;
import dev.quarry.internal.tx.Transactions;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.relation.Ref;
import dev.quarry.session.ObjectState;
import dev.quarry.session.Session;
import dev.quarry.session.SessionOptions;
import dev.quarry.session.SessionQuery;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link Session}: entries by object identity (in the order the session met them) and by
 * table and key, a connection opened at the first statement and given back at commit or
 * rollback, and the flush planner.
 */
public final class SessionImpl implements Session {
    private final Database database;
    private final Transactions transactions;
    private final Engine engine;
    private final SessionRegistry registry;
    private final SessionOptions options;
    private final Source sessionSource = new Source();
    private final Operations operations;
    private final Map<Identity, Entry> entries = new LinkedHashMap<>();
    private final Map<TableSchema, Map<Object, Entry>> byKey = new IdentityHashMap<>();
    private final Map<TableSchema, TableInfo> tables = new IdentityHashMap<>();
    private ConnectionImpl connection;
    /** The cascades of the flush being planned or run. */
    private Cascades cascading;
    /** What flushes wrote of code-set (not loaded) relationship collections, by holder identity; and at the last commit. */
    private Map<Object, List<Object>> written = new IdentityHashMap<>();
    private Map<Object, List<Object>> writtenAtCommit = new IdentityHashMap<>();
    private boolean closed;

    public SessionImpl(Database database, Transactions transactions, Engine engine, SessionRegistry registry,
                       SessionOptions options) {
        this.database = database;
        this.transactions = transactions;
        this.engine = engine;
        this.registry = registry;
        this.options = Objects.requireNonNull(options, "options");
        this.operations = new Operations(engine, sessionSource);
    }

    // ---- verbs

    @Override
    public <E> E add(EntityTable<E, ?> table, E entity) {
        requireOpen();
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(entity, "entity");
        Entry entry = entries.get(new Identity(entity));
        if (entry != null) {
            switch (entry.state) {
                case PENDING, PERSISTENT -> {
                    return entity;
                }
                case DELETED -> {
                    entry.state = entry.deleteFlushed ? ObjectState.PENDING : ObjectState.PERSISTENT;
                    entry.deleteFlushed = false;
                    return entity;
                }
                case DETACHED -> throw new IllegalArgumentException(entity + " is detached from this session: merge it"
                        + " with session.merge(TABLE, object) instead of adding it");
                case TRANSIENT -> entries.remove(new Identity(entity));
            }
        }
        TableInfo info = info(table);
        Object key = info.table.mapper().key(entity);
        if (key != null && live(info, key) != null) {
            throw new IllegalArgumentException("the session already tracks a " + table.name() + " row with key " + key
                    + "; get it and change it, or use session.update(TABLE, object)");
        }
        registry.claim(entity, this);
        entries.put(new Identity(entity), new Entry(info, entity, ObjectState.PENDING));
        return entity;
    }

    @Override
    public <E> void addAll(EntityTable<E, ?> table, Collection<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        for (E entity : entities) {
            add(table, entity);
        }
    }

    @Override
    public <E, K> Optional<E> get(EntityTable<E, K> table, K key) {
        requireOpen();
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        Entry entry = live(info(table), key);
        if (entry != null) {
            return entry.state == ObjectState.DELETED ? Optional.empty() : Optional.of(table.mapper().entityClass().cast(entry.entity));
        }
        beforeQuery();
        return operations.get(table, key).map(row -> track(table, row, true));
    }

    @Override
    public <E> SessionQuery<E> select(EntityTable<E, ?> table) {
        requireOpen();
        return new SessionQueryImpl<>(this, table, operations.select(table));
    }

    @Override
    public void delete(Object entity) {
        Entry entry = tracked(entity, "delete");
        switch (entry.state) {
            case PENDING -> forget(entry, ObjectState.TRANSIENT);
            case PERSISTENT -> entry.state = ObjectState.DELETED;
            case DELETED -> { }
            default -> throw new IllegalArgumentException(entity + " is " + entry.state + " in this session; merge it first");
        }
    }

    @Override
    public <E> E update(EntityTable<E, ?> table, E changed) {
        requireOpen();
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(changed, "changed");
        TableInfo info = info(table);
        Object key = info.table.mapper().key(changed);
        Entry entry = key == null ? null : live(info, key);
        if (entry == null || entry.state != ObjectState.PERSISTENT) {
            throw new IllegalArgumentException("the session tracks no persistent " + table.name() + " row with key " + key
                    + " to update; get it first, or add a new object");
        }
        replace(entry, changed);
        return changed;
    }

    @Override
    public <E> E merge(EntityTable<E, ?> table, E detached) {
        requireOpen();
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(detached, "detached");
        TableInfo info = info(table);
        Object key = info.table.mapper().key(detached);
        if (key == null) {
            throw new IllegalArgumentException(detached + " has no key to merge by; add it as a new object");
        }
        Entry entry = live(info, key);
        if (entry == null) {
            @SuppressWarnings("unchecked")
            EntityTable<E, Object> keyed = (EntityTable<E, Object>) table;
            get(keyed, key).orElseThrow(() -> new IllegalArgumentException("cannot merge " + detached + ": "
                    + table.name() + " has no row with key " + key));
            entry = live(info, key);
        }
        if (entry.state != ObjectState.PERSISTENT) {
            throw new IllegalArgumentException("cannot merge " + detached + ": its row is " + entry.state + " in this session");
        }
        if (entry.entity != detached) {
            copyInto(entry, detached);
        }
        return table.mapper().entityClass().cast(entry.entity);
    }

    @Override
    public <E> E refresh(E entity) {
        Entry entry = tracked(entity, "refresh");
        if (entry.state != ObjectState.PERSISTENT) {
            throw new IllegalArgumentException("cannot refresh " + entity + ": it is " + entry.state + ", not persistent");
        }
        Object fresh = operations.get(entry.table.table, entry.key).orElseThrow(() -> new NoResultException(
                "cannot refresh " + entity + ": its " + entry.table.name() + " row is gone"));
        copyInto(entry, fresh);
        entry.snapshot = capture(entry.table, entry.entity);
        @SuppressWarnings("unchecked")
        E now = (E) entry.entity;
        return now;
    }

    @Override
    public void expunge(Object entity) {
        Entry entry = tracked(entity, "expunge");
        forget(entry, entry.state == ObjectState.PENDING ? ObjectState.TRANSIENT : ObjectState.DETACHED);
    }

    @Override
    public ObjectState state(Object entity) {
        Entry entry = entries.get(new Identity(Objects.requireNonNull(entity, "entity")));
        return entry == null ? ObjectState.TRANSIENT : entry.state;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void flush() {
        requireOpen();
        Plan plan = plan();
        if (plan.isEmpty() && !cascading.writesJoinRows()) {
            return;
        }
        try {
            execute(plan);
            cascading.afterFlush();
        } catch (RuntimeException | Error e) {
            try {
                rollback();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public void commit() {
        flush();
        if (connection != null) {
            ConnectionImpl open = connection;
            connection = null;
            try {
                open.commit();
            } catch (RuntimeException e) {
                closeAfterFailure(open, e);
                restoreAfterRollback();
                throw e;
            }
            open.close();
        }
        writtenAtCommit = new IdentityHashMap<>(written);
        for (Entry entry : entries.values()) { // forgetting as DETACHED leaves the map as it is
            switch (entry.state) {
                case DELETED -> forget(entry, ObjectState.DETACHED);
                case PERSISTENT -> {
                    entry.committed = entry.snapshot;
                    entry.insertedInTransaction = false;
                    if (options.expireOnCommit()) {
                        forget(entry, ObjectState.DETACHED);
                    }
                }
                default -> { }
            }
        }
    }

    @Override
    public void rollback() {
        requireOpen();
        if (connection != null) {
            ConnectionImpl open = connection;
            connection = null;
            open.close();
        }
        restoreAfterRollback();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                failure = e;
            }
            connection = null;
        }
        restoreAfterRollback();
        for (Entry entry : entries.values()) { // forgetting as DETACHED leaves the map as it is
            if (entry.state != ObjectState.TRANSIENT && entry.state != ObjectState.DETACHED) {
                forget(entry, ObjectState.DETACHED);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "Session[" + entries.size() + " objects" + (closed ? ", closed]" : "]");
    }

    // ---- identity map

    /** Puts a row the session met through the identity map. */
    <E> E track(EntityTable<E, ?> table, E row) {
        return track(table, row, false);
    }

    /**
     * Puts a row through the identity map; a row {@code loaded} from the database that enters
     * the map goes to the table's {@code afterLoad} listeners.
     */
    private <E> E track(EntityTable<E, ?> table, E row, boolean loaded) {
        TableInfo info = info(table);
        Object key = info.table.mapper().key(row);
        Entry entry = live(info, key);
        if (entry != null) {
            return table.mapper().entityClass().cast(entry.entity);
        }
        entry = new Entry(info, row, ObjectState.PERSISTENT);
        entry.key = key;
        entry.snapshot = capture(info, row);
        entry.committed = entry.snapshot;
        registry.claim(row, this);
        entries.put(new Identity(row), entry);
        keys(info).put(key, entry);
        if (loaded) {
            EntityListener<E> listener = engine.listeners().of(table);
            if (listener != null) {
                listener.afterLoad(row);
            }
        }
        return row;
    }

    /**
     * Puts a row read by the session through the identity map with the related objects its
     * loaded holders hold: each related object becomes the tracked instance, and a tracked row
     * whose holder was not loaded takes the loaded one.
     */
    <E> E trackGraph(EntityTable<E, ?> table, E row) {
        if (!holdsLoaded(info(table), row)) {
            return track(table, row, true); // nothing to walk: the common case of a row read without load options
        }
        return table.mapper().entityClass().cast(trackGraph(table, row, java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
    }

    /** Whether any relationship holder of {@code row} is loaded. */
    private static boolean holdsLoaded(TableInfo info, Object row) {
        for (int r = 0; r < info.relations.size(); r++) {
            Object holder = RelationImpl.impl(info.relations.get(r)).holder(row);
            if (holder instanceof dev.quarry.internal.relation.RelatedCollection<?> collection && collection.isLoaded()
                    || holder instanceof dev.quarry.internal.relation.RefHolder<?> ref && ref.isLoaded()) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private Object trackGraph(EntityTable<?, ?> table, Object row, java.util.Set<Object> seen) {
        EntityTable<Object, ?> entityTable = (EntityTable<Object, ?>) table;
        Object tracked = track(entityTable, row, true);
        if (!seen.add(row)) {
            return tracked;
        }
        for (Relation<Object, ?> candidate : entityTable.relations()) {
            RelationImpl<Object, Object> relation = (RelationImpl<Object, Object>) RelationImpl.impl(candidate);
            Object fresh = relation.holder(row);
            Object mine = relation.holder(tracked);
            if (fresh instanceof dev.quarry.internal.relation.RelatedCollection<?> loaded && loaded.isLoaded()) {
                List<Object> elements = new ArrayList<>();
                for (Object element : loaded) {
                    elements.add(trackGraph(relation.target(), element, seen));
                }
                if (mine instanceof dev.quarry.internal.relation.RelatedCollection<?> target && (mine == fresh || !target.isLoaded())) {
                    ((dev.quarry.internal.relation.RelatedCollection<Object>) target).load(elements);
                }
            } else if (fresh instanceof dev.quarry.internal.relation.RefHolder<?> loaded && loaded.isLoaded()) {
                Object element = loaded.find().orElse(null);
                Object now = element == null ? null : trackGraph(relation.target(), element, seen);
                if (mine instanceof dev.quarry.internal.relation.RefHolder<?> target && (mine == fresh || !target.isLoaded())) {
                    ((dev.quarry.internal.relation.RefHolder<Object>) target).load(now);
                }
            }
        }
        return tracked;
    }

    /** Flushes before a query when autoflush is on. */
    void beforeQuery() {
        requireOpen();
        if (options.autoflush()) {
            flush();
        }
    }

    private Entry live(TableInfo info, Object key) {
        Map<Object, Entry> keys = byKey.get(info.schema);
        return keys == null ? null : keys.get(key);
    }

    private Map<Object, Entry> keys(TableInfo info) {
        return byKey.computeIfAbsent(info.schema, schema -> new HashMap<>());
    }

    TableInfo info(EntityTable<?, ?> table) {
        TableInfo info = tables.get(table.schema());
        if (info == null) {
            info = new TableInfo(table, engine.dialect());
            tables.put(table.schema(), info);
        }
        return info;
    }

    private Entry tracked(Object entity, String verb) {
        requireOpen();
        Entry entry = entries.get(new Identity(Objects.requireNonNull(entity, "entity")));
        if (entry == null || entry.state == ObjectState.TRANSIENT) {
            throw new IllegalArgumentException("cannot " + verb + " " + entity + ": this session does not track it"
                    + " (add it, or get it through the session)");
        }
        return entry;
    }

    /** Lets go of an entry: out of the identity map and the registry, left with {@code state}. */
    private void forget(Entry entry, ObjectState state) {
        if (entry.key != null) {
            Map<Object, Entry> keys = byKey.get(entry.table.schema);
            if (keys != null && keys.get(entry.key) == entry) {
                keys.remove(entry.key);
            }
        }
        registry.release(entry.entity, this);
        entry.state = state;
        if (state == ObjectState.TRANSIENT) {
            entries.remove(new Identity(entry.entity));
        }
    }

    /** Makes {@code replacement} the entry's object (records, refresh and merge of records). */
    void replace(Entry entry, Object replacement) {
        if (entry.entity == replacement) {
            return;
        }
        registry.claim(replacement, this);
        Entry old = entries.remove(new Identity(entry.entity));
        registry.release(entry.entity, this);
        if (old != null) {
            Entry gone = new Entry(entry.table, entry.entity, ObjectState.DETACHED);
            entries.put(new Identity(entry.entity), gone);
        }
        entries.remove(new Identity(replacement));
        entry.entity = replacement;
        entries.put(new Identity(replacement), entry);
    }

    /** Copies the column values of {@code source} into the entry's object (in place for a class, replaced for a record). */
    private void copyInto(Entry entry, Object source) {
        Object[] values = capture(entry.table, source);
        EntityMapper<Object, Object> mapper = entry.table.table.mapper();
        Object target = entry.entity;
        for (int p = 0; p < values.length; p++) {
            if (!entry.table.key[p]) {
                target = mapper.withColumn(target, entry.table.bound[p], values[p]);
            }
        }
        if (target != entry.entity) {
            // a record: take the source as it is (it carries its own relationship holders)
            replace(entry, source);
        }
    }

    private void restoreAfterRollback() {
        written = new IdentityHashMap<>(writtenAtCommit);
        for (Entry entry : List.copyOf(entries.values())) {
            if (entry.state == ObjectState.DETACHED || entry.state == ObjectState.TRANSIENT) {
                continue;
            }
            if (entry.state == ObjectState.PENDING || entry.insertedInTransaction) {
                if (entry.insertedInTransaction) {
                    clearGeneratedKey(entry);
                }
                entry.insertedInTransaction = false;
                forget(entry, ObjectState.TRANSIENT);
                continue;
            }
            entry.state = ObjectState.PERSISTENT;
            entry.deleteFlushed = false;
            int version = entry.table.version;
            boolean versionChanged = version >= 0 && entry.committed != null && entry.snapshot != null
                    && !same(entry.snapshot[version], entry.committed[version]);
            entry.snapshot = entry.committed;
            if (versionChanged) {
                setVersion(entry, entry.committed[version]); // the rolled-back update's version is gone
            }
            keys(entry.table).put(entry.key, entry);
        }
    }

    private void clearGeneratedKey(Entry entry) {
        if (entry.table.generated < 0) {
            return;
        }
        try {
            Object cleared = entry.table.table.mapper().withColumn(entry.entity, entry.table.generated, null);
            if (cleared != entry.entity) {
                return; // a record: the stored record is simply let go
            }
        } catch (RuntimeException e) {
            // a primitive key cannot be cleared; the object keeps the key its rolled-back row had
        }
    }

    // ---- for the cascades

    /** The elements a code-set collection had when a flush last wrote it (none before). */
    List<Object> written(Object holder) {
        return written.getOrDefault(holder, List.of());
    }

    void wrote(Object holder, List<Object> elements) {
        written.put(holder, elements);
    }

    Entry entryOf(Object entity) {
        return entries.get(new Identity(entity));
    }

    List<Entry> entryList() {
        return List.copyOf(entries.values());
    }

    Engine engine() {
        return engine;
    }

    Database database() {
        return database;
    }

    /** The session's connection, for its repositories' statements. */
    ConnectionSource connectionSource() {
        return sessionSource;
    }

    /** The entry with {@code key} in the identity map of {@code table}'s objects, or {@code null}. */
    Entry entry(EntityTable<?, ?> table, Object key) {
        return live(info(table), key);
    }

    <T> T withConnection(Function<Connection, T> work) {
        return source().withConnection(work);
    }

    /** The value the entry's object has now in the column at schema position {@code column}. */
    Object columnValue(Entry entry, int column) {
        return capture(entry.table, entry.entity)[position(entry.table, column)];
    }

    /** Whether the column at schema position {@code column} differs from the snapshot (changed by hand). */
    boolean columnChanged(Entry entry, int column) {
        return entry.snapshot != null
                && !same(entry.snapshot[position(entry.table, column)], columnValue(entry, column));
    }

    /** Whether the column at schema position {@code column} holds {@code value} in the snapshot. */
    boolean snapshotHolds(Entry entry, int column, Object value) {
        return entry.snapshot != null && same(entry.snapshot[position(entry.table, column)], value);
    }

    /** Plans the update of a persistent object again, after the cascades set a foreign key to a key this flush made. */
    private void replan(Plan plan, Entry entry) {
        for (List<Update> group : plan.updates().values()) {
            group.removeIf(update -> update.entry() == entry);
        }
        plan.updates().values().removeIf(List::isEmpty);
        Object[] now = capture(entry.table, entry.entity);
        int[] changed = changed(entry.table, entry.snapshot, now, entry.entity);
        if (changed.length > 0 && touch(entry)) {
            now = capture(entry.table, entry.entity);
            changed = changed(entry.table, entry.snapshot, now, entry.entity);
        }
        if (changed.length > 0) {
            plan.updates().computeIfAbsent(entry.table.update(changed), s -> new ArrayList<>()).add(new Update(entry, changed, now));
        }
    }

    /**
     * Sets the {@code @UpdatedAt} column of an object about to be updated to the clock's now (in
     * place for a class, a new tracked instance for a record); whether the table has one.
     */
    private boolean touch(Entry entry) {
        if (entry.table.schema.updatedAt() == null) {
            return false;
        }
        replace(entry, Timestamps.onUpdate(engine.clock(), entry.table.table, entry.entity));
        return true;
    }

    /** The listeners of an entry's table, or {@code null}. */
    @SuppressWarnings("unchecked") // an entry's entity is of its table's type
    private EntityListener<Object> listener(Entry entry) {
        return (EntityListener<Object>) engine.listeners().of(entry.table.table);
    }

    // ---- flush

    /** What one flush sends. */
    private record Plan(List<TableSchema> order, Map<TableSchema, List<Entry>> inserts,
                        Map<String, List<Update>> updates, Map<TableSchema, List<Entry>> deletes) {
        boolean isEmpty() {
            return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty();
        }
    }

    /** One row's update: the entry, the changed snapshot positions and the values now. */
    private record Update(Entry entry, int[] changed, Object[] now) {
    }

    private Plan plan() {
        cascading = new Cascades(this).plan();
        Map<TableSchema, List<Entry>> inserts = new LinkedHashMap<>();
        Map<String, List<Update>> updates = new LinkedHashMap<>();
        Map<TableSchema, List<Entry>> deletes = new LinkedHashMap<>();
        Map<TableSchema, TableInfo> involved = new LinkedHashMap<>();
        List<Entry> touched = new ArrayList<>();
        for (Entry entry : entries.values()) {
            switch (entry.state) {
                case PENDING -> {
                    inserts.computeIfAbsent(entry.table.schema, s -> new ArrayList<>()).add(entry);
                    involved.put(entry.table.schema, entry.table);
                }
                case DELETED -> {
                    if (!entry.deleteFlushed) {
                        deletes.computeIfAbsent(entry.table.schema, s -> new ArrayList<>()).add(entry);
                        involved.put(entry.table.schema, entry.table);
                    }
                }
                case PERSISTENT -> {
                    Object key = entry.table.table.mapper().key(entry.entity);
                    if (!Objects.equals(key, entry.key)) {
                        throw new IllegalStateException("the primary key of " + entry.entity + " (" + entry.table.name()
                                + ") changed from " + entry.key + " to " + key + ": a session cannot change keys; delete"
                                + " the object and add a new one");
                    }
                    int[] changed = Snapshots.changed(entry.table, entry.entity, entry.snapshot);
                    if (changed.length > 0 && (entry.table.schema.updatedAt() != null || listener(entry) != null)) {
                        touched.add(entry); // stamped after the walk: a record's new instance changes the entries
                    } else if (changed.length > 0) {
                        String sql = entry.table.update(changed);
                        Object[] now = Snapshots.capture(entry.table, entry.entity);
                        updates.computeIfAbsent(sql, s -> new ArrayList<>()).add(new Update(entry, changed, now));
                    }
                }
                default -> { }
            }
        }
        for (Entry entry : touched) {
            touch(entry);
            EntityListener<Object> listener = listener(entry);
            if (listener != null) {
                listener.beforeUpdate(entry.entity); // may change a class entity: captured below
            }
            Object[] now = capture(entry.table, entry.entity);
            int[] changed = changed(entry.table, entry.snapshot, now, entry.entity);
            updates.computeIfAbsent(entry.table.update(changed), s -> new ArrayList<>()).add(new Update(entry, changed, now));
        }
        List<TableSchema> order = involved.isEmpty() ? List.of() : TableOrder.referencedFirst(List.copyOf(involved.keySet()),
                cycle -> new IllegalStateException("cannot order the flush: the foreign keys of the tables with new or"
                        + " deleted objects form a cycle " + cycle + "; flush the objects of one of these tables first"));
        return new Plan(order, inserts, updates, deletes);
    }

    private void execute(Plan plan) {
        for (TableSchema schema : plan.order()) {
            List<Entry> pending = plan.inserts().get(schema);
            if (pending != null) {
                insert(pending);
            }
        }
        for (Entry moved : cascading.afterInserts()) {
            replan(plan, moved);
        }
        cascading.insertJoinRows();
        for (Map.Entry<String, List<Update>> group : plan.updates().entrySet()) {
            List<Binding> bindings = new ArrayList<>();
            for (Update update : group.getValue()) {
                bindings.add(params -> {
                    int index = 1;
                    ValueType[] types = update.entry().table.types;
                    for (int p : update.changed()) {
                        params.setObject(index++, update.now()[p], types[p]);
                    }
                    index = update.entry().table.table.mapper().bindKey(update.entry().key, params, index);
                    bindVersion(update.entry(), params, index);
                });
            }
            int[] counts = batch(group.getKey(), bindings);
            for (int i = 0; i < counts.length; i++) {
                Update update = group.getValue().get(i);
                requireRow(counts[i], update.entry(), "update");
                update.entry().snapshot = update.now();
                nextVersion(update.entry());
            }
            for (Update update : group.getValue()) {
                EntityListener<Object> listener = listener(update.entry());
                if (listener != null) {
                    listener.afterUpdate(update.entry().entity);
                }
            }
        }
        cascading.deleteJoinRows();
        List<TableSchema> reversed = new ArrayList<>(plan.order());
        Collections.reverse(reversed);
        for (TableSchema schema : reversed) {
            List<Entry> doomed = plan.deletes().get(schema);
            if (doomed == null) {
                continue;
            }
            EntityListener<Object> listener = listener(doomed.get(0));
            if (listener != null) {
                doomed.forEach(entry -> listener.beforeDelete(entry.entity));
            }
            List<Binding> bindings = new ArrayList<>();
            for (Entry entry : doomed) {
                bindings.add(params -> bindVersion(entry, params, entry.table.table.mapper().bindKey(entry.key, params, 1)));
            }
            int[] counts = batch(doomed.get(0).table.delete(), bindings);
            for (int i = 0; i < counts.length; i++) {
                requireRow(counts[i], doomed.get(i), "delete");
                doomed.get(i).deleteFlushed = true;
            }
            if (listener != null) {
                doomed.forEach(entry -> listener.afterDelete(entry.entity));
            }
        }
    }

    private void insert(List<Entry> pending) {
        TableInfo info = pending.get(0).table;
        List<Object> rows = new ArrayList<>(pending.size());
        for (Entry entry : pending) {
            cascading.beforeInsert(entry);
            propagateKeys(entry);
            rows.add(entry.entity);
        }
        List<Object> stored = operations.insertAll(info.table, rows);
        for (int i = 0; i < pending.size(); i++) {
            Entry entry = pending.get(i);
            replace(entry, stored.get(i));
            entry.key = info.table.mapper().key(entry.entity);
            entry.state = ObjectState.PERSISTENT;
            entry.insertedInTransaction = true;
            entry.snapshot = capture(info, entry.entity);
            keys(info).put(entry.key, entry);
        }
    }

    /**
     * Sets the foreign keys of a new object whose {@code Ref} relationship holds an object that
     * got its key earlier in this flush (or before).
     */
    private void propagateKeys(Entry entry) {
        for (Relation<Object, ?> candidate : entry.table.table.relations()) {
            @SuppressWarnings("unchecked")
            RelationImpl<Object, Object> relation = (RelationImpl<Object, Object>) RelationImpl.impl(candidate);
            if (!relation.schema().foreignKeyInSource()) {
                continue;
            }
            if (!(relation.holder(entry.entity) instanceof Ref<?> ref) || !ref.isLoaded() || ref.find().isEmpty()) {
                continue;
            }
            Object target = ref.find().get();
            Object key = relation.target().mapper().key(target);
            if (key == null) {
                Entry targetEntry = entries.get(new Identity(target));
                throw new IllegalStateException(relation.path() + " of " + entry.entity + " references " + target
                        + (targetEntry == null ? ", a new object this session does not track: add it to the session too"
                                : ", which has no key yet (the flush inserts it after this one): flush it first"));
            }
            if (!Objects.equals(relation.sourceValue(entry.entity), key)) {
                int column = entry.table.column(relation.schema().sourceColumn());
                Object changed = entry.table.table.mapper().withColumn(entry.entity, column, key);
                replace(entry, changed);
            }
        }
    }

    int[] batch(String sql, List<Binding> bindings) {
        return source().withConnection(connection -> engine.runner().batch(connection, sql, bindings));
    }

    /** Binds the version the session last saw of a versioned entry's row at {@code index}. */
    private static void bindVersion(Entry entry, ParameterBinder params, int index) throws SQLException {
        if (entry.table.version >= 0) {
            int version = entry.table.version;
            params.setObject(index, entry.snapshot[version], entry.table.types[version]);
        }
    }

    /** After a versioned update: the object and the snapshot hold the version the row now has. */
    private void nextVersion(Entry entry) {
        int position = entry.table.version;
        if (position < 0) {
            return;
        }
        Object[] snapshot = entry.snapshot.clone();
        snapshot[position] = Versions.next(snapshot[position]);
        entry.snapshot = snapshot;
        setVersion(entry, snapshot[position]);
    }

    /** Sets the entry's object's version (in place for a class, a new tracked instance for a record). */
    private void setVersion(Entry entry, Object version) {
        Object changed = entry.table.table.mapper().withColumn(entry.entity, entry.table.versionColumn, version);
        replace(entry, changed);
    }

    private static void requireRow(int count, Entry entry, String verb) {
        if (entry.table.version >= 0) {
            Versions.requireRow(count, entry.table.table, entry.key, entry.snapshot[entry.table.version], verb);
            return;
        }
        if (count == 0) {
            throw new SqlExecutionException("cannot " + verb + " " + entry.entity + ": its " + entry.table.name()
                    + " row with key " + entry.key + " is gone (deleted by someone else?)", null, null);
        }
        if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
            throw new SqlExecutionException(verb + " of " + entry.entity + " touched " + count + " rows", null, null);
        }
    }

    // ---- connection

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the session is closed; open another with db.session()");
        }
    }

    private ConnectionSource source() {
        if (connection == null) {
            connection = transactions.connect();
        }
        return connection.source();
    }

    private static void closeAfterFailure(ConnectionImpl open, Throwable failure) {
        try {
            open.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** The session's connection, opened at the first statement. */
    private final class Source implements ConnectionSource {
        @Override
        public boolean callsLoadListeners() {
            return false; // the session calls afterLoad when a row enters the identity map
        }

        @Override
        public <T> T withConnection(Function<Connection, T> work) {
            requireOpen();
            return source().withConnection(work);
        }

        @Override
        public <T> T atomically(Function<Connection, T> work) {
            requireOpen();
            return source().atomically(work);
        }

        @Override
        public Lease lease() {
            requireOpen();
            return source().lease();
        }
    }
}
