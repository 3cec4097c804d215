package com.example.library;

import dev.quarry.query.EntityTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The entity tables of package {@code com.example.library}, for schema tools:
 * {@code db.schema(Tables.ALL).createAll()}.
 *
 * <p>With this class Quarry writes {@code entities.mmd} into the same package of the class output: a
 * Mermaid {@code erDiagram} of these tables, the join tables Quarry generates for them, and
 * their foreign keys and relationships, for documentation.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Tables {
    /**
     * The {@code book} table of {@link Book}.
     */
    public static final Book_ BOOK = Book_.BOOK;

    /**
     * The {@code shelf} table of {@link Shelf}.
     */
    public static final Shelf_ SHELF = Shelf_.SHELF;

    /**
     * The {@code author} table of {@link Shelf.Author}.
     */
    public static final Shelf_Author_ AUTHOR = Shelf_Author_.AUTHOR;

    /**
     * Every entity table of this package, ordered by entity name.
     */
    public static final List<EntityTable<?, ?>> ALL = List.of(BOOK, SHELF, AUTHOR);

    private Tables() {
    }
}
