package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The per-package {@code Tables} class: one constant per entity table of the package.
 *
 * @param tablesClass the class to generate
 * @param entries     the tables, sorted by entity qualified name
 */
public record TablesDescriptor(ClassName tablesClass, List<Entry> entries) {

    /**
     * One entity table.
     *
     * @param entity    the entity class
     * @param metamodel its metamodel class
     * @param constant  the table constant, the same as in the metamodel
     * @param table     the SQL table name
     */
    public record Entry(ClassName entity, ClassName metamodel, String constant, String table) {
        public Entry {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(metamodel, "metamodel");
            Objects.requireNonNull(constant, "constant");
            Objects.requireNonNull(table, "table");
        }
    }

    public TablesDescriptor {
        Objects.requireNonNull(tablesClass, "tablesClass");
        entries = entries.stream()
                .sorted(Comparator.comparing(entry -> entry.entity().canonicalName()))
                .toList();
    }

    /** The entry of an entity's descriptor. */
    public static Entry entryOf(EntityDescriptor entity) {
        return new Entry(entity.entity(), entity.metamodel(), entity.constant(), entity.table());
    }
}
