package com.example;

import dev.quarry.query.EntityTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The entity tables of package {@code com.example}, for schema tools:
 * {@code db.schema(Tables.ALL).createAll()}.
 *
 * <p>With this class Quarry writes {@code entities.mmd} into the same package of the class output: a
 * Mermaid {@code erDiagram} of these tables, the join tables Quarry generates for them, and
 * their foreign keys and relationships, for documentation.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Tables {
    /**
     * The {@code users} table of {@link User}.
     */
    public static final User_ USER = User_.USER;

    /**
     * Every entity table of this package, ordered by entity name.
     */
    public static final List<EntityTable<?, ?>> ALL = List.of(USER);

    private Tables() {
    }
}
