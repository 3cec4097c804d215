package dev.quarry.internal.repository;

import dev.quarry.exception.MappingException;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.spi.EntityMapper;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The conditions on a table's primary key that repositories select and delete by: one key,
 * several keys, a composite key column by column.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type
 */
public final class KeyConditions<E, K> {
    private final EntityTable<E, K> table;
    private final EntityMapper<E, K> mapper;
    private final List<Column<E, ?>> key;

    public KeyConditions(EntityTable<E, K> table) {
        this.table = Objects.requireNonNull(table, "table");
        this.mapper = table.mapper();
        this.key = table.primaryKey();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("table " + table.name() + " has no primary key; a repository needs one");
        }
    }

    /** {@code key = ?}, or {@code a = ? AND b = ?} for a composite key. */
    public Condition<E> equal(K id) {
        if (key.size() == 1) {
            return untyped(key.get(0)).eq(id);
        }
        ValueCapture parts = new ValueCapture();
        try {
            mapper.bindKey(id, parts, 1);
        } catch (SQLException e) {
            throw new MappingException("cannot read the key " + id + " of " + table.name() + ": " + e.getMessage(), e);
        }
        Condition<E> condition = untyped(key.get(0)).eq(parts.get(1));
        for (int i = 1; i < key.size(); i++) {
            condition = condition.and(untyped(key.get(i)).eq(parts.get(i + 1)));
        }
        return condition;
    }

    /** {@code key IN (...)}, or the composite keys' conditions or-ed; {@code ids} is not empty. */
    public Condition<E> in(Collection<? extends K> ids) {
        if (key.size() == 1) {
            return untyped(key.get(0)).in(List.copyOf(ids));
        }
        Condition<E> condition = null;
        for (K id : ids) {
            Condition<E> one = equal(Objects.requireNonNull(id, "id"));
            condition = condition == null ? one : condition.or(one);
        }
        return condition;
    }

    /** Whether a generated key is not assigned yet: {@code null}, or 0 for a primitive. */
    public static boolean unset(Object id) {
        return id == null || (id instanceof Number number && number.longValue() == 0L);
    }

    @SuppressWarnings("unchecked")
    static <E> Column<E, Object> untyped(Column<E, ?> column) {
        return (Column<E, Object>) column;
    }
}
