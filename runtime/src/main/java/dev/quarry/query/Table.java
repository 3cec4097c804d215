package dev.quarry.query;

import java.util.List;
import java.util.Optional;

/**
 * A table a query reads from or writes to.
 *
 * @param <E> the row type: the entity for a generated table
 */
public interface Table<E> {
    /** The SQL table name. */
    String name();

    /** The alias this instance is referred to by in SQL, if any. */
    Optional<String> alias();

    /** The columns, in declaration order. */
    List<Column<E, ?>> columns();
}
