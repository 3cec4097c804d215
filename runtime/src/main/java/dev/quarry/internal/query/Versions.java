package dev.quarry.internal.query;

import dev.quarry.exception.MappingException;
import dev.quarry.exception.OptimisticLockException;
import dev.quarry.query.EntityTable;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.TableSchema;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Optimistic locking with a {@code @Version} column: the next version, and the row-count check
 * every versioned {@code UPDATE} and {@code DELETE} makes. Versions start at 0 (the column's
 * default); an update sets {@code "version" = "version" + 1} where the row still holds the
 * version the object holds.
 */
public final class Versions {
    private Versions() {
    }

    /** Whether the table has a {@code @Version} column. */
    public static boolean versioned(TableSchema schema) {
        return schema.version() != null;
    }

    /** The version after {@code version}: one more, in the same type ({@code null} counts as 0). */
    public static Object next(Object version) {
        if (version instanceof Long value) {
            return value + 1L;
        }
        if (version == null) {
            return 1;
        }
        return ((Number) version).intValue() + 1;
    }

    /** The value of the entity's {@code @Version} column, read through the generated mapper's binding. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object versionOf(EntityTable<?, ?> table, Object entity) {
        TableSchema schema = table.schema();
        BindingCapture capture = new BindingCapture();
        try {
            ((EntityMapper) table.mapper()).bindInsert(entity, 0L, capture, 1);
        } catch (SQLException e) {
            throw new MappingException("cannot read the columns of a " + table.name() + " object: " + e.getMessage(), e);
        }
        int position = 0;
        for (int i = 0; i < schema.versionIndex(); i++) {
            if (!schema.columns().get(i).generated()) {
                position++;
            }
        }
        return capture.values().get(position).value();
    }

    /** The value 1 in the type of the version column, for {@code "version" + 1}. */
    public static Number one(TableSchema schema) {
        int index = schema.versionIndex();
        return schema.columns().get(index).type() == dev.quarry.spi.ValueType.LONG ? (Number) 1L : (Number) 1;
    }

    /**
     * Fails when a versioned write touched no row.
     *
     * @param count the statement's (or batch row's) update count
     * @param verb  {@code "update"} or {@code "delete"}
     * @throws OptimisticLockException if {@code count} is 0
     */
    public static void requireRow(int count, EntityTable<?, ?> table, Object key, Object version, String verb) {
        if (count == 0) {
            throw new OptimisticLockException(table.mapper().entityClass().getSimpleName(), table.name(), key, version, verb);
        }
        if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
            throw new IllegalStateException(verb + " of the " + table.name() + " row with key " + key + " touched "
                    + count + " rows");
        }
    }
}
