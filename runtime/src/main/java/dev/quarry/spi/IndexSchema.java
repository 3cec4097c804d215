package dev.quarry.spi;

import java.util.List;
import java.util.Objects;

/**
 * An index, or a unique constraint when {@code unique}.
 *
 * @param name    the index or constraint name
 * @param columns the column names, in index order
 * @param unique  whether the columns' values must be unique together
 */
public record IndexSchema(String name, List<String> columns, boolean unique) {
    /**
     * Creates an index schema; {@code columns} is copied.
     *
     * @param name the index or constraint name
     * @param columns the column names, in index order
     * @param unique whether the columns' values must be unique together
     */
    public IndexSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
