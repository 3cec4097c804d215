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
 */
public record TableSchema(
        String name,
        List<ColumnSchema> columns,
        List<String> primaryKey,
        List<ForeignKeySchema> foreignKeys,
        List<IndexSchema> indexes) {

    /**
     * Creates a table schema; the lists are copied.
     *
     * @param name the SQL table name
     * @param columns the columns, in declaration order
     * @param primaryKey the primary-key column names, in key order
     * @param foreignKeys the foreign keys, in column order
     * @param indexes single-column unique constraints and indexes from {@code @Column}, then table-level
     *     {@code @Index} ones, in declaration order
     */
    public TableSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }
}
