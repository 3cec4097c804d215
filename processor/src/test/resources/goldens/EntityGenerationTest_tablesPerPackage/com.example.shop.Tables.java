package com.example.shop;

import dev.quarry.query.EntityTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The entity tables of package {@code com.example.shop}, for schema tools:
 * {@code db.schema(Tables.ALL).createAll()}.
 *
 * <p>With this class Quarry writes {@code entities.mmd} into the same package of the class output: a
 * Mermaid {@code erDiagram} of these tables, the join tables Quarry generates for them, and
 * their foreign keys and relationships, for documentation.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Tables {
    /**
     * The {@code order_line} table of {@link OrderLine}.
     */
    public static final OrderLine_ ORDER_LINE = OrderLine_.ORDER_LINE;

    /**
     * Every entity table of this package, ordered by entity name.
     */
    public static final List<EntityTable<?, ?>> ALL = List.of(ORDER_LINE);

    private Tables() {
    }
}
