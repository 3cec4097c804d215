package dev.quarry.spi;

import java.util.List;
import java.util.Objects;

/**
 * A table as the entity declares it; written by the processor into the metamodel, read by the
 * runtime's DDL and SQL rendering.
 *
 * @param name        the SQL table name
 * @param columns     the columns, in declaration order
 * @param primaryKey  the primary-key column names, in key order
 * @param foreignKeys the foreign keys, in column order
 * @param indexes     single-column unique constraints and indexes from {@code @Column}, then
 *                    table-level {@code @Index} ones, in declaration order
 * @param version     the name of the {@link dev.quarry.annotation.Version @Version} column, or
 *                    {@code null} when the entity has none
 */
public record TableSchema(
        String name,
        List<ColumnSchema> columns,
        List<String> primaryKey,
        List<ForeignKeySchema> foreignKeys,
        List<IndexSchema> indexes,
        String version) {

    /**
     * Creates a table schema; the lists are copied.
     *
     * @param name the SQL table name
     * @param columns the columns, in declaration order
     * @param primaryKey the primary-key column names, in key order
     * @param foreignKeys the foreign keys, in column order
     * @param indexes single-column unique constraints and indexes from {@code @Column}, then table-level
     *     {@code @Index} ones, in declaration order
     * @param version the name of the {@code @Version} column, or {@code null}; it must be one of
     *     {@code columns}
     * @throws IllegalArgumentException if {@code version} names no column
     */
    public TableSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        if (version != null && columns.stream().noneMatch(column -> column.name().equals(version))) {
            throw new IllegalArgumentException("version column " + version + " is not a column of " + name);
        }
    }

    /**
     * Creates the schema of a table without a version column.
     *
     * @param name the SQL table name
     * @param columns the columns, in declaration order
     * @param primaryKey the primary-key column names, in key order
     * @param foreignKeys the foreign keys, in column order
     * @param indexes single-column unique constraints and indexes from {@code @Column}, then table-level
     *     {@code @Index} ones, in declaration order
     */
    public TableSchema(String name, List<ColumnSchema> columns, List<String> primaryKey,
            List<ForeignKeySchema> foreignKeys, List<IndexSchema> indexes) {
        this(name, columns, primaryKey, foreignKeys, indexes, null);
    }

    /**
     * The position in {@link #columns()} of the {@code @Version} column.
     *
     * @return the position, or -1 when the table has no version column
     */
    public int versionIndex() {
        if (version == null) {
            return -1;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(version)) {
                return i;
            }
        }
        return -1;
    }
}
