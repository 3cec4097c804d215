package dev.quarry.processor.model;

import dev.quarry.processor.util.Names;
import java.util.Objects;

/**
 * A join table Quarry generates for the owning side of a {@code @ManyToMany}: two NOT NULL
 * columns forming the primary key, each a cascading foreign key to its side, and an index on the
 * second for lookups from the target.
 *
 * @param name         the table name
 * @param constant     the metamodel constant holding its schema ({@code POST_TAGS_JOIN_TABLE})
 * @param sourceColumn the column referencing the owning entity's key
 * @param targetColumn the column referencing the target entity's key
 */
public record JoinTableDescriptor(String name, String constant, Column sourceColumn, Column targetColumn) {

    /**
     * One column of a join table, typed like the key it references.
     *
     * @param name             the column name
     * @param kind             the value kind of the referenced key
     * @param length           the referenced key's length (strings), else 0
     * @param precision        the referenced key's precision (decimals), else 0
     * @param scale            the referenced key's scale (decimals), else 0
     * @param referencedTable  the referenced table
     * @param referencedColumn the referenced key column
     */
    public record Column(String name, ValueKind kind, int length, int precision, int scale,
            String referencedTable, String referencedColumn) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(referencedTable, "referencedTable");
            Objects.requireNonNull(referencedColumn, "referencedColumn");
        }
    }

    public JoinTableDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(sourceColumn, "sourceColumn");
        Objects.requireNonNull(targetColumn, "targetColumn");
    }

    /** The foreign-key name of a column: {@code fk_<table>_<column>}, like other foreign keys. */
    public String foreignKeyName(Column column) {
        return Names.foreignKeyName(name, column.name());
    }

    /** The index on the target column: {@code ix_<table>_<column>}. */
    public String targetIndexName() {
        return Names.indexName(name, targetColumn.name());
    }
}
