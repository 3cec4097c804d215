package dev.quarry.internal.session;

import dev.quarry.annotation.Cascade;
import dev.quarry.internal.exec.Binding;
import dev.quarry.internal.query.GraphRows;
import dev.quarry.internal.relation.RelatedCollection;
import dev.quarry.internal.relation.RefHolder;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.relation.Ref;
import dev.quarry.session.ObjectState;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The cascades of one flush, worked out from the relationship holders of the tracked objects:
 * save-update (transient objects reachable through loaded or code-set holders become pending),
 * foreign keys set from {@code Ref}s and one-to-many collections, many-to-many join rows added
 * and removed by difference with what was loaded, orphans (deleted, set to {@code NULL}, or a
 * clear error) and {@link Cascade#DELETE} children (one {@code SELECT} per relationship and
 * level). The session runs the statements: join rows are inserted after the entity inserts and
 * deleted before the entity deletes, one batch per join table.
 */
final class Cascades {
    /** A foreign key column of {@code child} that takes a value of {@code parent}. */
    record Link(Entry child, int column, Entry parent, Function<Object, Object> value) {
        /** Sets the column when the parent's value is known; {@code false} when it is not yet. */
        boolean apply(SessionImpl session) {
            Object key = value.apply(parent.entity);
            if (isUnset(key)) {
                return false;
            }
            if (!Objects.equals(session.columnValue(child, column), key)) {
                session.replace(child, child.table.table.mapper().withColumn(child.entity, column, key));
            }
            return true;
        }
    }

    /** One pair of a many-to-many relationship, seen from {@code relation}'s source. */
    private record Pair(RelationImpl<Object, Object> relation, Entry source, Entry target) {
    }

    private final SessionImpl session;
    private final Map<Entry, List<Link>> links = new IdentityHashMap<>();
    private final List<Pair> linked = new ArrayList<>();
    private final List<Pair> unlinked = new ArrayList<>();
    /** {@code DELETE FROM join WHERE column IN (...)} for the join rows of deleted objects. */
    private final List<Object[]> joinCleanups = new ArrayList<>();
    private final List<Object> holders = new ArrayList<>();
    /** The entry of each object reached through a holder, by identity (a record's entry gets a new object at insert). */
    private final Map<Object, Entry> reached = new IdentityHashMap<>();
    /** Persistent objects whose foreign key waits for the key of an object this flush inserts. */
    private final List<Link> deferred = new ArrayList<>();

    Cascades(SessionImpl session) {
        this.session = session;
    }

    boolean writesJoinRows() {
        return !linked.isEmpty() || !unlinked.isEmpty() || !joinCleanups.isEmpty();
    }

    // ---- planning

    /** Walks the holders of the pending and persistent objects, then the delete cascades. */
    @SuppressWarnings("unchecked")
    Cascades plan() {
        List<Entry> work = new ArrayList<>();
        for (Entry entry : session.entryList()) {
            if (entry.state == ObjectState.PENDING || entry.state == ObjectState.PERSISTENT) {
                work.add(entry);
            }
        }
        Set<Object> children = GraphRows.identitySet(List.of());
        List<Object[]> removed = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            Entry entry = work.get(i);
            List<Relation<Object, ?>> relations = entry.table.relations;
            for (int r = 0; r < relations.size(); r++) {
                @SuppressWarnings("unchecked")
                RelationImpl<Object, Object> relation = (RelationImpl<Object, Object>) RelationImpl.impl(relations.get(r));
                Object holder = relation.holder(entry.entity);
                if (holder == null) {
                    continue;
                }
                RelationSchema schema = relation.schema();
                if (schema.foreignKeyInSource()) {
                    if (holder instanceof Ref<?> ref && ref.isLoaded() && ref.find().isPresent()) {
                        Entry target = reach(relation.target(), ref.find().get(), work);
                        int column = entry.table.column(schema.sourceColumn());
                        Object key = relation.target().mapper().key(target.entity);
                        boolean repointed = entry.state == ObjectState.PENDING
                                || !session.columnChanged(entry, column) && !session.snapshotHolds(entry, column, key);
                        if (repointed) {
                            link(new Link(entry, column, target, relation.target().mapper()::key));
                        }
                    }
                    continue;
                }
                Collection<Object> current = GraphRows.present(holder);
                if (current == null) {
                    continue;
                }
                holders.add(holder);
                List<Object> before = holder instanceof RelatedCollection<?> related
                        ? new ArrayList<>(related.loadedElements()) : session.written(holder);
                Set<Object> now = GraphRows.identitySet(current);
                Set<Object> then = GraphRows.identitySet(before);
                if (schema.kind() == Relation.Kind.MANY_TO_MANY) {
                    if (!GraphRows.generatedJoinTable(relation)) {
                        continue;
                    }
                    for (Object element : List.copyOf(current)) {
                        Entry target = reach(relation.target(), element, work);
                        if (!then.contains(element)) {
                            linked.add(new Pair(relation, entry, target));
                        }
                    }
                    for (Object element : before) {
                        if (!now.contains(element)) {
                            unlinked.add(new Pair(relation, entry, reach(relation.target(), element, work)));
                        }
                    }
                    continue;
                }
                int column = session.info(relation.target()).column(schema.targetColumn());
                for (Object element : List.copyOf(current)) {
                    Entry child = reach(relation.target(), element, work);
                    children.add(child.entity);
                    Object back = relation.inverse().map(inverse -> inverse.holder(child.entity)).orElse(null);
                    if (back instanceof RefHolder<?> ref && ref.isLoaded() && ref.find().orElse(null) != entry.entity) {
                        ((RefHolder<Object>) ref).load(entry.entity); // the other side follows the collection
                    }
                    link(new Link(child, column, entry, parent -> relation.sourceValue(parent)));
                }
                for (Object element : before) {
                    if (!now.contains(element)) {
                        removed.add(new Object[] {relation, entry, element});
                    }
                }
            }
        }
        List<Entry> doomed = new ArrayList<>();
        for (Object[] orphan : removed) {
            orphan(orphan, children, doomed);
        }
        for (Entry entry : session.entryList()) {
            if (entry.state == ObjectState.DELETED && !entry.deleteFlushed && !doomed.contains(entry)) {
                doomed.add(entry);
            }
        }
        deleteCascades(doomed);
        return this;
    }

    /** The entry of an object reached through a holder: a transient one is added (save-update cascade). */
    private Entry reach(EntityTable<Object, ?> table, Object entity, List<Entry> work) {
        Entry entry = session.entryOf(entity);
        if (entry == null || entry.state == ObjectState.TRANSIENT) {
            if (session.info(table).generated >= 0 && !isUnset(table.mapper().key(entity))) {
                session.track(table, entity); // a row written before (as persist takes it): tracked as it is
            } else {
                session.add(table, entity);
            }
            entry = session.entryOf(entity);
            work.add(entry);
        }
        if (entry.state == ObjectState.DETACHED) {
            throw new IllegalStateException(entity + " is reached through a relationship of a tracked object but is"
                    + " detached from this session: merge it with session.merge(TABLE, object) first");
        }
        reached.put(entity, entry);
        return entry;
    }

    private void link(Link link) {
        links.computeIfAbsent(link.child(), child -> new ArrayList<>()).add(link);
        if (link.apply(session)) {
            return;
        }
        if (link.child().state == ObjectState.PERSISTENT) {
            deferred.add(link);
        }
    }

    @SuppressWarnings("unchecked")
    private void orphan(Object[] removed, Set<Object> children, List<Entry> doomed) {
        RelationImpl<Object, Object> relation = (RelationImpl<Object, Object>) removed[0];
        Entry parent = (Entry) removed[1];
        Object element = removed[2];
        if (children.contains(element)) {
            return; // moved to another parent in this flush
        }
        Entry child = session.entryOf(element);
        if (child == null || child.state == ObjectState.TRANSIENT) {
            session.track(relation.target(), element);
            child = session.entryOf(element);
        }
        if (child.state != ObjectState.PERSISTENT) {
            return;
        }
        RelationSchema schema = relation.schema();
        int column = child.table.column(schema.targetColumn());
        if (!Objects.equals(session.columnValue(child, column), relation.sourceValue(parent.entity))) {
            return; // its foreign key was changed by hand
        }
        if (schema.cascades(Cascade.DELETE_ORPHAN)) {
            child.state = ObjectState.DELETED;
            doomed.add(child);
        } else if (child.table.schema.columns().get(column).nullable()) {
            session.replace(child, child.table.table.mapper().withColumn(child.entity, column, null));
        } else {
            throw new IllegalStateException(child.entity + " was removed from " + relation.path() + ", but "
                    + child.table.name() + "." + schema.targetColumn() + " cannot be NULL: declare cascade ="
                    + " Cascade.DELETE_ORPHAN on " + relation.path() + " to delete it at flush, move it to another "
                    + relation.source().mapper().entityClass().getSimpleName() + ", or session.delete(...) it");
        }
    }

    /** Marks the children of {@link Cascade#DELETE} relationships deleted, level by level, and plans the join rows' deletes. */
    private void deleteCascades(List<Entry> doomed) {
        List<Entry> level = doomed;
        while (!level.isEmpty()) {
            Map<TableSchema, List<Entry>> byTable = new LinkedHashMap<>();
            for (Entry entry : level) {
                byTable.computeIfAbsent(entry.table.schema, s -> new ArrayList<>()).add(entry);
            }
            List<Entry> next = new ArrayList<>();
            for (List<Entry> group : byTable.values()) {
                TableInfo info = group.get(0).table;
                for (Relation<Object, ?> candidate : info.table.relations()) {
                    @SuppressWarnings("unchecked")
                    RelationImpl<Object, Object> relation = (RelationImpl<Object, Object>) RelationImpl.impl(candidate);
                    RelationSchema schema = relation.schema();
                    List<Object> values = new ArrayList<>();
                    for (Entry entry : group) {
                        values.add(relation.sourceValue(entry.entity));
                    }
                    if (schema.kind() == Relation.Kind.MANY_TO_MANY) {
                        if (GraphRows.generatedJoinTable(relation)) {
                            joinCleanups.add(new Object[] {schema.joinTable(), schema.joinSourceColumn(),
                                    info.schema.columns().get(info.column(schema.sourceColumn())), values});
                        }
                    } else if (!schema.foreignKeyInSource() && schema.cascades(Cascade.DELETE)) {
                        EntityTable<Object, ?> target = relation.target();
                        List<Object> rows = session.withConnection(connection -> GraphRows.selectWhereIn(
                                session.engine(), connection, target, schema.targetColumn(), values));
                        for (Object row : rows) {
                            Entry child = session.entryOf(session.track(target, row));
                            if (child.state == ObjectState.PERSISTENT) {
                                child.state = ObjectState.DELETED;
                                next.add(child);
                            }
                        }
                    }
                }
            }
            level = next;
        }
    }

    // ---- execution

    /** Sets the foreign keys of a new object from the objects it links to, just before its insert. */
    void beforeInsert(Entry entry) {
        for (Link link : links.getOrDefault(entry, List.of())) {
            link.apply(session);
        }
    }

    /** After the inserts: the persistent objects whose foreign key waited for a new key. */
    List<Entry> afterInserts() {
        List<Entry> changed = new ArrayList<>();
        for (Link link : deferred) {
            if (!link.apply(session)) {
                throw new IllegalStateException(link.child().entity + " references " + link.parent().entity
                        + ", which still has no key after the inserts of this flush");
            }
            changed.add(link.child());
        }
        return changed;
    }

    /** Inserts the join rows of added pairs, one batch per join table. */
    void insertJoinRows() {
        writePairs(linked, true);
    }

    /** Deletes the join rows of removed pairs and of deleted objects. */
    void deleteJoinRows() {
        writePairs(unlinked, false);
        Dialect dialect = session.engine().dialect();
        for (Object[] cleanup : joinCleanups) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) cleanup[3];
            ColumnSchema type = (ColumnSchema) cleanup[2];
            StringBuilder sql = new StringBuilder("DELETE FROM ");
            dialect.quoteIdentifier(sql, (String) cleanup[0]);
            sql.append(" WHERE ");
            dialect.quoteIdentifier(sql, (String) cleanup[1]);
            sql.append(" = ?");
            List<Binding> bindings = new ArrayList<>();
            for (Object value : values) {
                bindings.add(params -> params.setObject(1, value, type.type()));
            }
            session.batch(sql.toString(), bindings);
        }
    }

    private void writePairs(List<Pair> pairs, boolean insert) {
        Map<String, List<Binding>> batches = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        Dialect dialect = session.engine().dialect();
        for (Pair pair : pairs) {
            RelationImpl<Object, Object> relation = pair.relation();
            RelationSchema schema = relation.schema();
            Object sourceKey = relation.sourceValue(pair.source().entity);
            Object targetKey = relation.target().mapper().key(pair.target().entity);
            String a = schema.joinSourceColumn() + "=" + sourceKey;
            String b = schema.joinTargetColumn() + "=" + targetKey;
            if (!seen.add(schema.joinTable() + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a))) {
                continue; // the same pair changed from both sides
            }
            StringBuilder sql = new StringBuilder(insert ? "INSERT INTO " : "DELETE FROM ");
            dialect.quoteIdentifier(sql, schema.joinTable());
            if (insert) {
                sql.append(" (");
                dialect.quoteIdentifier(sql, schema.joinSourceColumn());
                sql.append(", ");
                dialect.quoteIdentifier(sql, schema.joinTargetColumn());
                sql.append(") VALUES (?, ?)");
            } else {
                sql.append(" WHERE ");
                dialect.quoteIdentifier(sql, schema.joinSourceColumn());
                sql.append(" = ? AND ");
                dialect.quoteIdentifier(sql, schema.joinTargetColumn());
                sql.append(" = ?");
            }
            ColumnSchema sourceColumn = column(relation.source().schema(), schema.sourceColumn());
            ColumnSchema targetColumn = column(relation.target().schema(), schema.targetColumn());
            batches.computeIfAbsent(sql.toString(), s -> new ArrayList<>()).add(params -> {
                params.setObject(1, sourceKey, sourceColumn.type());
                params.setObject(2, targetKey, targetColumn.type());
            });
        }
        for (Map.Entry<String, List<Binding>> batch : batches.entrySet()) {
            session.batch(batch.getKey(), batch.getValue());
        }
    }

    /** After a successful flush: the collections' loaded state is what was written; new records take their places. */
    @SuppressWarnings("unchecked")
    void afterFlush() {
        for (Object holder : holders) {
            if (holder instanceof Collection<?> collection) {
                List<Object> elements = new ArrayList<>(collection);
                boolean replaced = false;
                for (int i = 0; i < elements.size(); i++) {
                    Entry entry = reached.get(elements.get(i));
                    Object now = entry == null ? null : entry.entity;
                    if (now != null && now != elements.get(i)) {
                        elements.set(i, now);
                        replaced = true;
                    }
                }
                if (replaced) {
                    Collection<Object> target = (Collection<Object>) collection;
                    target.clear();
                    target.addAll(elements);
                }
            }
            if (holder instanceof RelatedCollection<?> related) {
                related.markPersisted();
            } else if (holder instanceof Collection<?> collection) {
                session.wrote(holder, new ArrayList<>(collection));
            }
        }
    }

    private static ColumnSchema column(TableSchema schema, String name) {
        for (ColumnSchema column : schema.columns()) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        throw new IllegalStateException("no column " + name + " in " + schema.name());
    }

    private static boolean isUnset(Object key) {
        return key == null || key instanceof Number number && number.longValue() == 0L;
    }
}
