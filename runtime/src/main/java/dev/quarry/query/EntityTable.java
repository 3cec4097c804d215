package dev.quarry.query;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.TableSchema;
import java.util.List;

/**
 * The table of an {@code @Entity}: the generated metamodel {@code X_} implements it, and its
 * constant ({@code User_.USER}) is what queries start from.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type (the metamodel's {@code Key} record for a composite key)
 */
public interface EntityTable<E, K> extends Table<E> {
    /**
     * The primary-key columns, in key order.
     *
     * @return the primary-key columns, in key order
     */
    List<Column<E, ?>> primaryKey();

    /**
     * This table under another name, for self-joins and subqueries.
     *
     * @param alias the alias to refer to the table by
     * @return the table under the alias
     */
    EntityTable<E, K> as(String alias);

    /**
     * The declared schema; for the runtime and schema tools.
     *
     * @return the table's schema
     */
    TableSchema schema();

    /**
     * The generated mapper; for the runtime.
     *
     * @return the entity's mapper
     */
    EntityMapper<E, K> mapper();

    /**
     * The relationships the entity declares, in declaration order.
     *
     * @return the relationships, in declaration order; empty by default
     */
    default List<Relation<E, ?>> relations() {
        return List.of();
    }

    /**
     * The join tables of the entity's many-to-many relationships that Quarry generates (not
     * those of join entities); schema tools create them with the entity tables.
     *
     * @return the generated join tables' schemas; empty by default
     */
    default List<TableSchema> joinTables() {
        return List.of();
    }
}
