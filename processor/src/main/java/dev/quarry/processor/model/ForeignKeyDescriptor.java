package dev.quarry.processor.model;

import java.util.Objects;

/**
 * A single-column foreign key.
 *
 * @param name             the constraint name
 * @param column           the referencing column name
 * @param referencedTable  the target entity's table name
 * @param referencedColumn the target entity's key column name
 * @param onDelete         the {@code ReferentialAction} constant name
 */
public record ForeignKeyDescriptor(
        String name, String column, String referencedTable, String referencedColumn, String onDelete) {

    public ForeignKeyDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(referencedColumn, "referencedColumn");
        Objects.requireNonNull(onDelete, "onDelete");
    }
}
