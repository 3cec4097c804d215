package dev.quarry.internal.query;

import dev.quarry.annotation.Cascade;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.relation.RefHolder;
import dev.quarry.internal.relation.RelatedCollection;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.relation.Ref;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.TableSchema;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes object graphs on one connection, inside the caller's transaction: {@link #persist}
 * inserts the new entities reachable through loaded or code-built relationships (referenced
 * entities first, their keys propagated into the foreign keys of the entities after them), links
 * and unlinks many-to-many pairs, and deletes orphans where the mapping asks for it;
 * {@link #remove} deletes entities with their {@link Cascade#DELETE} relationships, children
 * first. Each step handles all the entities of one table and relationship at once, so the number
 * of statements follows the shape of the graph, not its size (inserts are batched; updates of
 * moved entities' foreign keys run one per entity).
 */
final class GraphWriter {
    private final Engine engine;
    private final Connection connection;
    /** Entities already persisted by this call: the given instance → the persisted one. */
    private final Map<Object, Object> persisted = new IdentityHashMap<>();

    GraphWriter(Engine engine, Connection connection) {
        this.engine = engine;
        this.connection = connection;
    }

    /** Persists one entity and its graph; returns the persisted instance (a new one for a new record). */
    <E> E persist(EntityTable<E, ?> table, E entity) {
        return persistAll(table, List.of(entity)).get(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // relationships are typed by the metamodel
    private <E> List<E> persistAll(EntityTable<E, ?> table, List<E> given) {
        List<E> entities = new ArrayList<>(given.size());
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            E entity = Objects.requireNonNull(given.get(i), "entity");
            Object done = persisted.get(entity);
            entities.add(done != null ? (E) done : entity);
            if (done == null) {
                persisted.put(entity, entity);
                pending.add(i);
            }
        }
        if (pending.isEmpty()) {
            return entities;
        }
        EntityMapper<E, ?> mapper = table.mapper();
        Map<E, Object> changedForeignKeys = new IdentityHashMap<>();
        for (Relation<E, ?> candidate : table.relations()) {
            RelationImpl<E, Object> relation = (RelationImpl) RelationImpl.impl(candidate);
            if (relation.schema().foreignKeyInSource()) {
                persistReferenced(table, relation, entities, pending, changedForeignKeys);
            }
        }
        List<E> inserts = new ArrayList<>();
        List<Integer> insertAt = new ArrayList<>();
        boolean generated = hasGeneratedKey(table.schema());
        for (int i : pending) {
            E entity = entities.get(i);
            if (generated && isUnset(mapper.key(entity))) {
                inserts.add(entity);
                insertAt.add(i);
            }
        }
        if (!inserts.isEmpty()) {
            List<E> inserted = Inserts.insertAllOn(engine, connection, table, inserts);
            for (int n = 0; n < inserted.size(); n++) {
                entities.set(insertAt.get(n), inserted.get(n));
                changedForeignKeys.remove(inserts.get(n));
            }
        }
        for (Map.Entry<E, Object> moved : changedForeignKeys.entrySet()) {
            Object[] change = (Object[]) moved.getValue();
            E updated = updateColumn(table, (String) change[0], change[1], moved.getKey());
            if (updated != moved.getKey()) {
                for (int i : pending) {
                    if (entities.get(i) == moved.getKey()) {
                        entities.set(i, updated); // a versioned record: the instance with its new version
                    }
                }
            }
        }
        for (int i : pending) {
            persisted.put(given.get(i), entities.get(i));
        }
        for (Relation<E, ?> candidate : table.relations()) {
            RelationImpl<E, Object> relation = (RelationImpl) RelationImpl.impl(candidate);
            if (relation.kind() == Relation.Kind.MANY_TO_MANY) {
                persistLinked(relation, entities, pending);
            } else if (!relation.schema().foreignKeyInSource()) {
                persistReferencing(relation, entities, pending);
            }
        }
        return entities;
    }

    /** Persists the entities the pending ones reference, and sets the pending ones' foreign keys to their keys. */
    private <E> void persistReferenced(EntityTable<E, ?> table, RelationImpl<E, Object> relation, List<E> entities,
                                       List<Integer> pending, Map<E, Object> changedForeignKeys) {
        List<Object> targets = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i : pending) {
            Object holder = relation.holder(entities.get(i));
            if (holder instanceof Ref<?> ref && ref.isLoaded() && ref.find().isPresent()) {
                targets.add(ref.find().get());
                owners.add(i);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        EntityTable<Object, ?> target = relation.target();
        List<Object> saved = persistAll(target, targets);
        int column = columnIndex(table.schema(), relation.schema().sourceColumn());
        for (int n = 0; n < saved.size(); n++) {
            Object key = target.mapper().key(saved.get(n));
            if (isUnset(key)) {
                throw new IllegalStateException(relation.path() + " references a " + target.mapper().entityClass().getSimpleName()
                        + " that has no key yet and is being persisted through a cycle of new entities: insert one of them first");
            }
            E entity = entities.get(owners.get(n));
            if (!Objects.equals(relation.sourceValue(entity), key)) {
                E changed = table.mapper().withColumn(entity, column, key);
                entities.set(owners.get(n), changed);
                changedForeignKeys.put(changed, new Object[] {relation.schema().sourceColumn(), key});
            }
        }
    }

    /** Persists one-to-many (and inverse one-to-one) children: keys propagated, orphans handled. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <E> void persistReferencing(RelationImpl<E, Object> relation, List<E> entities, List<Integer> pending) {
        RelationSchema schema = relation.schema();
        EntityTable<Object, ?> target = relation.target();
        int column = columnIndex(target.schema(), schema.targetColumn());
        RelationImpl<Object, E> inverse = relation.inverse().orElseThrow(() -> new IllegalStateException(
                relation.path() + " has no owning side to read the foreign key from"));
        List<Object> children = new ArrayList<>();
        List<Object> parentKeys = new ArrayList<>();
        List<Object> orphans = new ArrayList<>();
        List<Object> orphanedFrom = new ArrayList<>();
        List<Object> holders = new ArrayList<>();
        for (int i : pending) {
            E parent = entities.get(i);
            Object holder = relation.holder(parent);
            Collection<Object> current = present(holder);
            if (current == null) {
                continue;
            }
            holders.add(holder);
            Object key = relation.sourceValue(parent);
            for (Object child : current) {
                children.add(child);
                parentKeys.add(key);
                if (inverse.holder(child) instanceof RefHolder<?> back && back.isLoaded() && back.find().orElse(null) != parent) {
                    ((RefHolder<Object>) back).load(parent); // the other side follows the collection, as in the session
                }
            }
            if (holder instanceof RelatedCollection<?> related) {
                Set<Object> now = identitySet(current);
                for (Object before : related.loadedElements()) {
                    if (!now.contains(before)) {
                        orphans.add(before);
                        orphanedFrom.add(key);
                    }
                }
            }
        }
        List<Object> prepared = new ArrayList<>(children.size());
        List<Object[]> moves = new ArrayList<>();
        for (int n = 0; n < children.size(); n++) {
            Object child = children.get(n);
            Object key = parentKeys.get(n);
            Object before = inverse.sourceValue(child);
            if (!Objects.equals(before, key)) {
                child = target.mapper().withColumn(child, column, key);
                if (!isUnset(target.mapper().key(child)) || !hasGeneratedKey(target.schema())) {
                    moves.add(new Object[] {child, key});
                }
            }
            prepared.add(child);
        }
        List<Object> saved = persistAll(target, prepared);
        for (Object[] move : moves) {
            Object now = persisted.getOrDefault(move[0], move[0]);
            Object updated = updateColumn(target, schema.targetColumn(), move[1], now);
            if (updated != now) {
                saved.replaceAll(element -> element == now ? updated : element); // a versioned record
            }
        }
        replaceAll(holders, children, saved);
        Set<Object> kept = identitySet(children);
        for (int n = orphans.size() - 1; n >= 0; n--) {
            Object orphan = orphans.get(n);
            if (kept.contains(orphan) || !Objects.equals(inverse.sourceValue(orphan), orphanedFrom.get(n))) {
                orphans.remove(n); // moved to another parent, in this persist or before: no orphan
            }
        }
        if (!orphans.isEmpty()) {
            if (schema.cascades(Cascade.DELETE_ORPHAN)) {
                removeAll(target, orphans);
            } else if (columnSchema(target.schema(), schema.targetColumn()).nullable()) {
                for (Object orphan : orphans) {
                    updateColumn(target, schema.targetColumn(), null, orphan);
                }
            } else {
                throw new IllegalStateException(orphans.size() + " " + target.mapper().entityClass().getSimpleName()
                        + "(s) were removed from " + relation.path() + ", but " + target.name() + "." + schema.targetColumn()
                        + " cannot be NULL: declare cascade = Cascade.DELETE_ORPHAN on " + relation.path() + " to delete"
                        + " them with the persist, or delete them with remove(...) and read the "
                        + relation.source().mapper().entityClass().getSimpleName() + " again before persisting it");
            }
        }
        markPersisted(holders);
    }

    /** Persists many-to-many targets, then inserts the join rows of added pairs and deletes those of removed ones. */
    @SuppressWarnings("unchecked") // the pairs hold entities of the relationship's two sides
    private <E> void persistLinked(RelationImpl<E, Object> relation, List<E> entities, List<Integer> pending) {
        RelationSchema schema = relation.schema();
        EntityTable<Object, ?> target = relation.target();
        List<Object> holders = new ArrayList<>();
        List<Object> targets = new ArrayList<>();
        List<Object[]> unlinked = new ArrayList<>();
        List<Integer> targetOwners = new ArrayList<>();
        for (int i : pending) {
            Object holder = relation.holder(entities.get(i));
            Collection<Object> current = present(holder);
            if (current == null) {
                continue;
            }
            holders.add(holder);
            targets.addAll(current);
            for (int n = 0; n < current.size(); n++) {
                targetOwners.add(i);
            }
            if (holder instanceof RelatedCollection<?> related) {
                Set<Object> now = identitySet(current);
                for (Object before : related.loadedElements()) {
                    if (!now.contains(before)) {
                        unlinked.add(new Object[] {entities.get(i), before});
                    }
                }
            }
        }
        if (targets.isEmpty() && unlinked.isEmpty()) {
            markPersisted(holders);
            return;
        }
        requireJoinTable(relation);
        List<Object> saved = persistAll(target, targets);
        List<Object[]> linked = new ArrayList<>();
        int n = 0;
        for (Object holder : holders) {
            RelatedCollection<?> related = holder instanceof RelatedCollection<?> r ? r : null;
            Set<Object> before = related == null ? Set.of() : identitySet(new ArrayList<>(related.loadedElements()));
            for (Object element : (Collection<?>) holder) {
                if (!before.contains(element)) {
                    linked.add(new Object[] {entities.get(targetOwners.get(n)), saved.get(n)});
                }
                n++;
            }
        }
        replaceAll(holders, targets, saved);
        for (Object[] pair : unlinked) {
            changeLink(relation, (E) pair[0], pair[1], false);
        }
        for (Object[] pair : linked) {
            changeLink(relation, (E) pair[0], pair[1], true);
        }
        markPersisted(holders);
    }

    /** Inserts or deletes one join row of a many-to-many relationship. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <S, T> void changeLink(RelationImpl<S, T> relation, S source, T target, boolean link) {
        requireJoinTable(relation);
        RelationSchema schema = relation.schema();
        Object sourceKey = relation.sourceValue(source);
        Object targetKey = ((EntityMapper) relation.target().mapper()).key(target);
        if (isUnset(sourceKey) || isUnset(targetKey)) {
            throw new IllegalArgumentException("both sides of " + relation.path() + " need keys to be "
                    + (link ? "linked" : "unlinked") + ": persist them first");
        }
        ColumnSchema sourceColumn = columnSchema(relation.source().schema(), schema.sourceColumn());
        ColumnSchema targetColumn = columnSchema(relation.target().schema(), schema.targetColumn());
        SqlBuilder sql = new SqlBuilder(engine.dialect());
        if (link) {
            sql.append("INSERT INTO ").identifier(schema.joinTable()).append(" (").identifier(schema.joinSourceColumn())
                    .append(", ").identifier(schema.joinTargetColumn()).append(") VALUES (")
                    .bind(sourceKey, sourceColumn.type()).append(", ").bind(targetKey, targetColumn.type()).append(")");
        } else {
            sql.append("DELETE FROM ").identifier(schema.joinTable()).append(" WHERE ")
                    .identifier(schema.joinSourceColumn()).append(" = ").bind(sourceKey, sourceColumn.type())
                    .append(" AND ").identifier(schema.joinTargetColumn()).append(" = ").bind(targetKey, targetColumn.type());
        }
        update(sql.build());
    }

    /** Only generated join tables hold nothing but the pair; a join entity's rows are written as entities. */
    private static void requireJoinTable(RelationImpl<?, ?> relation) {
        String joinTable = relation.schema().joinTable();
        boolean generated = relation.source().joinTables().stream().anyMatch(t -> t.name().equals(joinTable))
                || relation.target().joinTables().stream().anyMatch(t -> t.name().equals(joinTable));
        if (!generated) {
            throw new IllegalStateException(relation.path() + " goes through the join entity table " + joinTable
                    + ", whose rows may hold more than the pair: insert and delete those entities instead");
        }
    }

    /** Deletes entities, after the related rows their {@link Cascade#DELETE} relationships (and the join rows) hold. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <E> void removeAll(EntityTable<E, ?> table, List<?> entities) {
        if (entities.isEmpty()) {
            return;
        }
        EntityMapper mapper = table.mapper();
        List<String> key = table.schema().primaryKey();
        if (key.size() != 1) {
            throw new IllegalArgumentException("remove deletes entities with a single-column key, and " + table.name()
                    + " has the key " + key + ": delete its rows with delete(table).where(...) instead");
        }
        List<Object> keys = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            Object value = mapper.key(entity);
            if (isUnset(value) && hasGeneratedKey(table.schema())) {
                String name = table.mapper().entityClass().getSimpleName();
                throw new IllegalArgumentException("cannot remove " + ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ")
                        + name + " that was never inserted (its key is not set): there is no row to delete");
            }
            keys.add(value);
        }
        for (Relation<E, ?> candidate : table.relations()) {
            RelationImpl<E, Object> relation = (RelationImpl) RelationImpl.impl(candidate);
            RelationSchema schema = relation.schema();
            if (schema.kind() == Relation.Kind.MANY_TO_MANY) {
                boolean generatedJoin = relation.source().joinTables().stream()
                        .anyMatch(t -> t.name().equals(schema.joinTable()))
                        || relation.target().joinTables().stream().anyMatch(t -> t.name().equals(schema.joinTable()));
                if (generatedJoin) {
                    deleteWhereIn(schema.joinTable(), schema.joinSourceColumn(),
                            columnSchema(table.schema(), schema.sourceColumn()), keys);
                }
            } else if (!schema.foreignKeyInSource() && schema.cascades(Cascade.DELETE)) {
                EntityTable<Object, ?> target = relation.target();
                removeAll(target, selectWhereIn(target, schema.targetColumn(), keys));
            }
        }
        if (Versions.versioned(table.schema())) {
            deleteVersioned(table, entities, keys);
        } else {
            deleteWhereIn(table.name(), key.get(0), columnSchema(table.schema(), key.get(0)), keys);
        }
    }

    /**
     * {@code DELETE FROM "t" WHERE "id" = ? AND "version" = ?}, one batch row per entity, each
     * checked: a row changed or deleted since the entity was read fails the remove.
     */
    private void deleteVersioned(EntityTable<?, ?> table, List<?> entities, List<Object> keys) {
        TableSchema schema = table.schema();
        String keyColumn = schema.primaryKey().get(0);
        StringBuilder sql = new StringBuilder("DELETE FROM ");
        engine.dialect().quoteIdentifier(sql, schema.name());
        sql.append(" WHERE ");
        engine.dialect().quoteIdentifier(sql, keyColumn);
        sql.append(" = ? AND ");
        engine.dialect().quoteIdentifier(sql, schema.version());
        sql.append(" = ?");
        ColumnSchema keyType = columnSchema(schema, keyColumn);
        ColumnSchema versionType = schema.columns().get(schema.versionIndex());
        List<Object> versions = new ArrayList<>(entities.size());
        List<dev.quarry.internal.exec.Binding> bindings = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Object key = keys.get(i);
            Object version = Versions.versionOf(table, entities.get(i));
            versions.add(version);
            bindings.add(params -> {
                params.setObject(1, key, keyType.type());
                params.setObject(2, version, versionType.type());
            });
        }
        int[] counts = engine.runner().batch(connection, sql.toString(), bindings);
        for (int i = 0; i < counts.length; i++) {
            Versions.requireRow(counts[i], table, keys.get(i), versions.get(i), "delete");
        }
    }

    private List<Object> selectWhereIn(EntityTable<Object, ?> table, String column, List<Object> values) {
        return GraphRows.selectWhereIn(engine, connection, table, column, values);
    }

    private void deleteWhereIn(String table, String column, ColumnSchema type, List<Object> values) {
        for (List<Object> chunk : chunks(values)) {
            SqlBuilder sql = new SqlBuilder(engine.dialect());
            sql.append("DELETE FROM ").identifier(table).append(" WHERE ").identifier(column).append(" IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").bind(chunk.get(i), type.type());
            }
            update(sql.append(")").build());
        }
    }

    /**
     * {@code UPDATE "t" SET "c" = ? WHERE "id" = ?} for one entity; with a {@code @Version} column
     * {@code SET "c" = ?, "version" = "version" + 1 WHERE "id" = ? AND "version" = ?}, checked, and
     * the entity returned with its new version (a new instance for a record).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T updateColumn(EntityTable<?, ?> table, String column, Object value, T entity) {
        TableSchema schema = table.schema();
        EntityMapper mapper = table.mapper();
        Object key = mapper.key(entity);
        String keyColumn = schema.primaryKey().get(0);
        SqlBuilder sql = new SqlBuilder(engine.dialect());
        sql.append("UPDATE ").identifier(schema.name()).append(" SET ").identifier(column).append(" = ")
                .bind(value, columnSchema(schema, column).type());
        boolean versioned = Versions.versioned(schema);
        Object version = versioned ? Versions.versionOf(table, entity) : null;
        if (versioned) {
            sql.append(", ").identifier(schema.version()).append(" = ").identifier(schema.version()).append(" + 1");
        }
        sql.append(" WHERE ").identifier(keyColumn).append(" = ").bind(key, columnSchema(schema, keyColumn).type());
        if (versioned) {
            sql.append(" AND ").identifier(schema.version()).append(" = ")
                    .bind(version, schema.columns().get(schema.versionIndex()).type());
        }
        RenderedSql rendered = sql.build();
        int count = engine.runner().update(connection, rendered.sql(), rendered::bind);
        if (!versioned) {
            return entity;
        }
        Versions.requireRow(count, table, key, version, "update");
        return (T) mapper.withColumn(entity, schema.versionIndex(), Versions.next(version));
    }

    private void update(RenderedSql sql) {
        engine.runner().update(connection, sql.sql(), sql::bind);
    }

    private List<List<Object>> chunks(List<Object> values) {
        int size = Math.max(1, engine.dialect().parameterLimit() - 1);
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            chunks.add(new ArrayList<>(values.subList(from, Math.min(values.size(), from + size))));
        }
        return chunks;
    }

    private static Collection<Object> present(Object holder) {
        return GraphRows.present(holder);
    }

    /** Puts persisted instances (new records) in place of the given ones in the holders' collections. */
    @SuppressWarnings("unchecked")
    private static void replaceAll(List<Object> holders, List<Object> given, List<Object> saved) {
        Map<Object, Object> replaced = new IdentityHashMap<>();
        for (int n = 0; n < given.size(); n++) {
            if (given.get(n) != saved.get(n)) {
                replaced.put(given.get(n), saved.get(n));
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        for (Object holder : holders) {
            if (holder instanceof List<?> list) {
                List<Object> elements = (List<Object>) list;
                for (int i = 0; i < elements.size(); i++) {
                    Object now = replaced.get(elements.get(i));
                    if (now != null) {
                        elements.set(i, now);
                    }
                }
            } else if (holder instanceof Collection<?> collection) {
                Collection<Object> elements = (Collection<Object>) collection;
                List<Object> copy = new ArrayList<>(elements);
                elements.clear();
                for (Object element : copy) {
                    elements.add(replaced.getOrDefault(element, element));
                }
            }
        }
    }

    private static void markPersisted(List<Object> holders) {
        for (Object holder : holders) {
            if (holder instanceof RelatedCollection<?> related) {
                related.markPersisted();
            }
        }
    }

    private static Set<Object> identitySet(Collection<?> elements) {
        return GraphRows.identitySet(elements);
    }

    private static boolean hasGeneratedKey(TableSchema schema) {
        return schema.columns().stream().anyMatch(ColumnSchema::generated);
    }

    /** A generated key not yet assigned: {@code null}, or 0 in a primitive. */
    static boolean isUnset(Object key) {
        return key == null || key instanceof Number number && number.longValue() == 0L;
    }

    private static int columnIndex(TableSchema schema, String column) {
        List<ColumnSchema> columns = schema.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + column + " in " + schema.name());
    }

    private static ColumnSchema columnSchema(TableSchema schema, String column) {
        return schema.columns().get(columnIndex(schema, column));
    }
}
