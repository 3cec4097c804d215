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
 * @param createdAt   the name of the {@link dev.quarry.annotation.CreatedAt @CreatedAt} column, or
 *                    {@code null} when the entity has none
 * @param updatedAt   the name of the {@link dev.quarry.annotation.UpdatedAt @UpdatedAt} column, or
 *                    {@code null} when the entity has none
 * @param checks      the check constraints (one per enum column from the processor), in column order
 */
public record TableSchema(
        String name,
        List<ColumnSchema> columns,
        List<String> primaryKey,
        List<ForeignKeySchema> foreignKeys,
        List<IndexSchema> indexes,
        String version,
        String createdAt,
        String updatedAt,
        List<CheckSchema> checks) {

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
     * @param createdAt the name of the {@code @CreatedAt} column, or {@code null}; it must be one of
     *     {@code columns}
     * @param updatedAt the name of the {@code @UpdatedAt} column, or {@code null}; it must be one of
     *     {@code columns}
     * @param checks the check constraints
     * @throws IllegalArgumentException if {@code version}, {@code createdAt} or {@code updatedAt}
     *     names no column
     */
    public TableSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        requireColumn(name, columns, version, "version");
        requireColumn(name, columns, createdAt, "createdAt");
        requireColumn(name, columns, updatedAt, "updatedAt");
    }

    /**
     * Creates a table schema without check constraints.
     *
     * @param name the SQL table name
     * @param columns the columns, in declaration order
     * @param primaryKey the primary-key column names, in key order
     * @param foreignKeys the foreign keys, in column order
     * @param indexes single-column unique constraints and indexes from {@code @Column}, then table-level
     *     {@code @Index} ones, in declaration order
     * @param version the name of the {@code @Version} column, or {@code null}
     * @param createdAt the name of the {@code @CreatedAt} column, or {@code null}
     * @param updatedAt the name of the {@code @UpdatedAt} column, or {@code null}
     * @throws IllegalArgumentException if {@code version}, {@code createdAt} or {@code updatedAt}
     *     names no column
     */
    public TableSchema(String name, List<ColumnSchema> columns, List<String> primaryKey,
            List<ForeignKeySchema> foreignKeys, List<IndexSchema> indexes, String version, String createdAt,
            String updatedAt) {
        this(name, columns, primaryKey, foreignKeys, indexes, version, createdAt, updatedAt, List.of());
    }

    /**
     * Creates the schema of a table without timestamp columns.
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
    public TableSchema(String name, List<ColumnSchema> columns, List<String> primaryKey,
            List<ForeignKeySchema> foreignKeys, List<IndexSchema> indexes, String version) {
        this(name, columns, primaryKey, foreignKeys, indexes, version, null, null, List.of());
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
        this(name, columns, primaryKey, foreignKeys, indexes, null, null, null, List.of());
    }

    /**
     * The position in {@link #columns()} of the {@code @Version} column.
     *
     * @return the position, or -1 when the table has no version column
     */
    public int versionIndex() {
        return indexOf(version);
    }

    /**
     * The position in {@link #columns()} of the {@code @CreatedAt} column.
     *
     * @return the position, or -1 when the table has no such column
     */
    public int createdAtIndex() {
        return indexOf(createdAt);
    }

    /**
     * The position in {@link #columns()} of the {@code @UpdatedAt} column.
     *
     * @return the position, or -1 when the table has no such column
     */
    public int updatedAtIndex() {
        return indexOf(updatedAt);
    }

    private int indexOf(String column) {
        if (column == null) {
            return -1;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireColumn(String table, List<ColumnSchema> columns, String column, String role) {
        if (column != null && columns.stream().noneMatch(candidate -> candidate.name().equals(column))) {
            throw new IllegalArgumentException(role + " column " + column + " is not a column of " + table);
        }
    }
}
