package dev.quarry.spi;

import dev.quarry.annotation.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign-key constraint.
 *
 * @param name              the constraint name
 * @param columns           the referencing column names
 * @param referencedTable   the referenced table name
 * @param referencedColumns the referenced column names, matching {@code columns} in order
 * @param onDelete          what happens when the referenced row is deleted
 */
public record ForeignKeySchema(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete) {

    /**
     * Creates a foreign-key schema; the column lists are copied.
     *
     * @param name the constraint name
     * @param columns the referencing column names
     * @param referencedTable the referenced table name
     * @param referencedColumns the referenced column names, matching {@code columns} in order
     * @param onDelete what happens when the referenced row is deleted
     */
    public ForeignKeySchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
    }
}
