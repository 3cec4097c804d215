package dev.quarry.internal.session;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the session knows of one table: which column each value of a snapshot is (the columns
 * {@code bindInsert} binds with no omitted defaults: every column but a generated key), which of
 * them are key columns, and the {@code UPDATE} per set of changed columns and the {@code DELETE}
 * by key, rendered once.
 */
final class TableInfo {
    final EntityTable<Object, Object> table;
    final TableSchema schema;
    /** The table's relationships (a view kept once, read for every tracked object). */
    final List<Relation<Object, ?>> relations;
    /** Column position in the schema of each snapshot value. */
    final int[] bound;
    /** Whether each snapshot value is a key column. */
    final boolean[] key;
    /** Position in the schema of the generated key column, or -1. */
    final int generated;
    /** Position in the schema of the {@code @Version} column, or -1. */
    final int versionColumn;
    /** Snapshot position of the {@code @Version} column, or -1. */
    final int version;
    /** Snapshot position of the {@code @CreatedAt} column, or -1: set on insert, never updated. */
    final int createdAt;
    /** The value type of each snapshot value, as the mapper binds it; written by each capture. */
    final ValueType[] types;
    /** Where a flush captures an object's values now, to compare them with its snapshot. */
    final Object[] scratch;
    /** Where a flush collects the changed snapshot positions of an object. */
    final int[] changed;
    /** The snapshot positions a flush compares, as a bit set: all but the version and {@code @CreatedAt}. */
    final long compared;
    /** The snapshot positions of key columns, as a bit set. */
    final long keyColumns;
    /** Whether {@link #types} were learned from a capture through {@code bindInsert}. */
    boolean typesKnown;
    /** Whether the mapper generates {@code snapshot} and {@code changedColumns} (known after the first capture). */
    boolean generatedSnapshots;
    private final Dialect dialect;
    private final Map<String, String> updates = new HashMap<>();
    private String delete;

    @SuppressWarnings("unchecked")
    TableInfo(EntityTable<?, ?> table, Dialect dialect) {
        this.table = (EntityTable<Object, Object>) table;
        this.schema = table.schema();
        this.relations = this.table.relations();
        this.dialect = dialect;
        List<ColumnSchema> columns = schema.columns();
        List<Integer> positions = new ArrayList<>();
        int generatedColumn = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).generated()) {
                generatedColumn = i;
            } else {
                positions.add(i);
            }
        }
        this.generated = generatedColumn;
        this.bound = positions.stream().mapToInt(Integer::intValue).toArray();
        this.key = new boolean[bound.length];
        for (int p = 0; p < bound.length; p++) {
            key[p] = schema.primaryKey().contains(columns.get(bound[p]).name());
        }
        this.versionColumn = schema.versionIndex();
        int versionPosition = -1;
        for (int p = 0; p < bound.length; p++) {
            if (bound[p] == versionColumn) {
                versionPosition = p;
            }
        }
        this.version = versionPosition;
        int createdAtPosition = -1;
        for (int p = 0; p < bound.length; p++) {
            if (bound[p] == schema.createdAtIndex()) {
                createdAtPosition = p;
            }
        }
        this.createdAt = createdAtPosition;
        this.types = new ValueType[bound.length];
        this.scratch = new Object[bound.length];
        this.changed = new int[bound.length];
        long all = bound.length >= Long.SIZE ? -1L : (1L << bound.length) - 1;
        long skipped = (version >= 0 ? 1L << version : 0L) | (createdAt >= 0 ? 1L << createdAt : 0L);
        this.compared = bound.length > Long.SIZE ? 0L : all & ~skipped;
        long keys = 0L;
        for (int p = 0; p < Math.min(bound.length, Long.SIZE); p++) {
            if (key[p]) {
                keys |= 1L << p;
            }
        }
        this.keyColumns = keys;
    }

    String name() {
        return schema.name();
    }

    /** The column position of a column by name, or -1. */
    int column(String name) {
        List<ColumnSchema> columns = schema.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code UPDATE "t" SET "a" = ?, "c" = ? WHERE "id" = ?} for the snapshot positions
     * {@code changed}; with a version column {@code UPDATE "t" SET "a" = ?, "version" = "version" + 1
     * WHERE "id" = ? AND "version" = ?}.
     */
    String update(int[] changed) {
        StringBuilder id = new StringBuilder();
        for (int p : changed) {
            id.append(p).append(',');
        }
        return updates.computeIfAbsent(id.toString(), ignored -> {
            StringBuilder sql = new StringBuilder("UPDATE ");
            dialect.quoteIdentifier(sql, schema.name());
            for (int i = 0; i < changed.length; i++) {
                sql.append(i == 0 ? " SET " : ", ");
                dialect.quoteIdentifier(sql, schema.columns().get(bound[changed[i]]).name());
                sql.append(" = ?");
            }
            if (versionColumn >= 0) {
                sql.append(", ");
                dialect.quoteIdentifier(sql, schema.version());
                sql.append(" = ");
                dialect.quoteIdentifier(sql, schema.version());
                sql.append(" + 1");
            }
            return whereKey(sql);
        });
    }

    /** {@code DELETE FROM "t" WHERE "id" = ?} (and {@code AND "version" = ?} with a version column). */
    String delete() {
        if (delete == null) {
            StringBuilder sql = new StringBuilder("DELETE FROM ");
            dialect.quoteIdentifier(sql, schema.name());
            delete = whereKey(sql);
        }
        return delete;
    }

    private String whereKey(StringBuilder sql) {
        List<String> primaryKey = schema.primaryKey();
        if (primaryKey.isEmpty()) {
            throw new IllegalArgumentException("table " + schema.name() + " has no primary key: the session cannot track its rows");
        }
        for (int i = 0; i < primaryKey.size(); i++) {
            sql.append(i == 0 ? " WHERE " : " AND ");
            dialect.quoteIdentifier(sql, primaryKey.get(i));
            sql.append(" = ?");
        }
        if (versionColumn >= 0) {
            sql.append(" AND ");
            dialect.quoteIdentifier(sql, schema.version());
            sql.append(" = ?");
        }
        return sql.toString();
    }
}
