package com.example;

import dev.quarry.query.EntityTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The entity tables of package {@code com.example}, for schema tools:
 * {@code db.schema(Tables.ALL).createAll()}.
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
