package dev.quarry.internal.exec;

import dev.quarry.EntityListener;
import dev.quarry.query.EntityTable;
import dev.quarry.spi.TableSchema;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link EntityListener}s of a database by table schema (shared by a table's aliases), each
 * table's listeners folded into one that runs them in registration order. {@link #of} returns
 * {@code null} for a table without listeners, so callers check once per statement and pay
 * nothing else.
 */
public final class Listeners {
    private static final Listeners NONE = new Listeners(Map.of());

    private final Map<TableSchema, EntityListener<Object>> byTable;

    private Listeners(Map<TableSchema, EntityListener<Object>> byTable) {
        this.byTable = byTable;
    }

    /** No listeners. */
    public static Listeners none() {
        return NONE;
    }

    /** The listeners of each table schema, in registration order. */
    public static Listeners of(Map<TableSchema, List<EntityListener<?>>> listeners) {
        if (listeners.isEmpty()) {
            return NONE;
        }
        Map<TableSchema, EntityListener<Object>> byTable = new IdentityHashMap<>();
        listeners.forEach((schema, list) -> byTable.put(schema, chain(list)));
        return new Listeners(byTable);
    }

    /** The listener of {@code table} (all of its listeners in order), or {@code null} when it has none. */
    @SuppressWarnings("unchecked") // registered through DatabaseConfig.Builder.listener, typed by the table
    public <E> EntityListener<E> of(EntityTable<E, ?> table) {
        return byTable.isEmpty() ? null : (EntityListener<E>) byTable.get(table.schema());
    }

    @SuppressWarnings("unchecked")
    private static EntityListener<Object> chain(List<EntityListener<?>> list) {
        if (list.size() == 1) {
            return (EntityListener<Object>) list.get(0);
        }
        List<EntityListener<Object>> all = List.copyOf((List<EntityListener<Object>>) (List<?>) list);
        return new EntityListener<>() {
            @Override
            public void beforeInsert(Object entity) {
                all.forEach(listener -> listener.beforeInsert(entity));
            }

            @Override
            public void afterInsert(Object entity) {
                all.forEach(listener -> listener.afterInsert(entity));
            }

            @Override
            public void beforeUpdate(Object entity) {
                all.forEach(listener -> listener.beforeUpdate(entity));
            }

            @Override
            public void afterUpdate(Object entity) {
                all.forEach(listener -> listener.afterUpdate(entity));
            }

            @Override
            public void beforeDelete(Object entity) {
                all.forEach(listener -> listener.beforeDelete(entity));
            }

            @Override
            public void afterDelete(Object entity) {
                all.forEach(listener -> listener.afterDelete(entity));
            }

            @Override
            public void afterLoad(Object entity) {
                all.forEach(listener -> listener.afterLoad(entity));
            }
        };
    }
}
