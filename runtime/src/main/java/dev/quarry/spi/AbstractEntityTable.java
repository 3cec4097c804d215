package dev.quarry.spi;

import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.query.Column;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.query.StringColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Base class of every generated metamodel {@code X_}. For generated code.
 *
 * <p>The subclass constructor passes its schema, mapper and alias here, then creates one typed
 * column per {@link TableSchema#columns() schema column}, in order, through {@link #column} and
 * {@link #stringColumn}.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type
 */
public abstract class AbstractEntityTable<E, K> implements EntityTable<E, K> {
    private final TableSchema schema;
    private final EntityMapper<E, K> mapper;
    private final String alias;
    private final List<Column<E, ?>> columns;
    private final List<TableSchema> joinTables;
    private final List<Relation<E, ?>> relations = new ArrayList<>();

    /**
     * @param schema the table's schema
     * @param mapper the generated mapper
     * @param alias  the SQL alias, or {@code null} for the table itself
     */
    protected AbstractEntityTable(TableSchema schema, EntityMapper<E, K> mapper, String alias) {
        this(schema, List.of(), mapper, alias);
    }

    /**
     * @param schema     the table's schema
     * @param joinTables the generated join tables of the entity's many-to-many relationships
     * @param mapper     the generated mapper
     * @param alias      the SQL alias, or {@code null} for the table itself
     */
    protected AbstractEntityTable(TableSchema schema, List<TableSchema> joinTables, EntityMapper<E, K> mapper,
                                  String alias) {
        this.joinTables = List.copyOf(joinTables);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.alias = alias;
        this.columns = new ArrayList<>(schema.columns().size());
    }

    /**
     * Creates the typed column for schema column {@code index}; call once per column, in order.
     *
     * @param <T> the column's Java type
     * @param index the column's position in the table schema
     * @param javaType the column's Java type
     * @return the column
     */
    protected final <T> Column<E, T> column(int index, Class<T> javaType) {
        Objects.requireNonNull(javaType, "javaType");
        Column<E, T> column = dev.quarry.internal.query.Columns.column(this, schema.columns().get(index), javaType);
        columns.add(column);
        return column;
    }

    /**
     * Creates the typed text column for schema column {@code index}; call once per column, in order.
     *
     * @param index the column's position in the table schema
     * @return the text column
     */
    protected final StringColumn<E> stringColumn(int index) {
        StringColumn<E> column = dev.quarry.internal.query.Columns.stringColumn(this, schema.columns().get(index));
        columns.add(column);
        return column;
    }

    /**
     * Creates a relationship of this table; call once per relationship, in declaration order,
     * after the columns.
     *
     * @param <T> the related entity type
     * @param schema      how the relationship is stored
     * @param target      the related table, resolved on first use ({@code () -> Post_.POST})
     * @param sourceValue reads {@link RelationSchema#sourceColumn()} of an entity
     * @param holder      reads the relationship property (the {@code Ref}, {@code List} or
     *                    {@code Set} the mapper put there)
     * @return the relationship
     */
    protected final <T> Relation<E, T> relation(RelationSchema schema, Supplier<? extends EntityTable<T, ?>> target,
                                                Function<? super E, ?> sourceValue, Function<? super E, ?> holder) {
        Relation<E, T> relation = new RelationImpl<>(schema, this, target, sourceValue, holder);
        relations.add(relation);
        return relation;
    }

    /**
     * Checks an alias given to {@code as(...)}: a non-blank SQL identifier.
     *
     * @param alias the alias
     * @return the alias, checked
     */
    protected static String requireAlias(String alias) {
        Objects.requireNonNull(alias, "alias");
        if (alias.isBlank()) {
            throw new IllegalArgumentException("alias must not be blank");
        }
        return alias;
    }

    @Override
    public final String name() {
        return schema.name();
    }

    @Override
    public final Optional<String> alias() {
        return Optional.ofNullable(alias);
    }

    @Override
    public final List<Column<E, ?>> columns() {
        return Collections.unmodifiableList(columns);
    }

    @Override
    public final List<Column<E, ?>> primaryKey() {
        List<Column<E, ?>> key = new ArrayList<>(schema.primaryKey().size());
        for (String name : schema.primaryKey()) {
            for (Column<E, ?> column : columns) {
                if (column.name().equals(name)) {
                    key.add(column);
                }
            }
        }
        return List.copyOf(key);
    }

    @Override
    public final List<Relation<E, ?>> relations() {
        return Collections.unmodifiableList(relations);
    }

    @Override
    public final List<TableSchema> joinTables() {
        return joinTables;
    }

    @Override
    public final TableSchema schema() {
        return schema;
    }

    @Override
    public final EntityMapper<E, K> mapper() {
        return mapper;
    }

    @Override
    public abstract AbstractEntityTable<E, K> as(String alias);

    @Override
    public String toString() {
        return alias == null ? schema.name() : schema.name() + " as " + alias;
    }
}
