package dev.quarry.query;

import java.util.List;
import java.util.Optional;

/**
 * A table a query reads from or writes to.
 *
 * @param <E> the row type: the entity for a generated table
 */
public interface Table<E> {
    /**
     * The SQL table name.
     *
     * @return the table name
     */
    String name();

    /**
     * The alias this instance is referred to by in SQL, if any.
     *
     * @return the alias, or empty for the table under its own name
     */
    Optional<String> alias();

    /**
     * The columns, in declaration order.
     *
     * @return the columns, in declaration order
     */
    List<Column<E, ?>> columns();
}
