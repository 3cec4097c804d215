package dev.quarry.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * An index, or a unique constraint.
 *
 * @param name    the index name
 * @param columns the column names, in index order
 * @param unique  whether it is unique
 */
public record IndexDescriptor(String name, List<String> columns, boolean unique) {
    public IndexDescriptor {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
