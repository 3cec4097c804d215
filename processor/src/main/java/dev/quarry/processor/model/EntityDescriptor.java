package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.util.Names;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the writers need to know about one entity.
 *
 * @param entity        the entity class
 * @param record        whether the entity is a record
 * @param table         the SQL table name
 * @param constant      the metamodel constant ({@code USER})
 * @param metamodel     the generated metamodel class ({@code User_})
 * @param mapper        the generated mapper class ({@code User_Mapper})
 * @param instantiation how the mapper creates entities
 * @param columns       the columns, in declaration order
 * @param foreignKeys   the foreign keys, in column order
 * @param indexes       column-level unique constraints and indexes in column order, then {@code @Index} ones
 * @param checks        the check constraints (one per enum column), in column order
 * @param relations     the relationships, in declaration order
 * @param suppressions  the {@code @SuppressWarnings} values the generated classes need because
 *                      they use deprecated types ({@code "deprecation"}, {@code "removal"}), sorted
 */
public record EntityDescriptor(
        ClassName entity,
        boolean record,
        String table,
        String constant,
        ClassName metamodel,
        ClassName mapper,
        Instantiation instantiation,
        List<ColumnDescriptor> columns,
        List<ForeignKeyDescriptor> foreignKeys,
        List<IndexDescriptor> indexes,
        List<CheckDescriptor> checks,
        List<RelationDescriptor> relations,
        List<String> suppressions) {

    public EntityDescriptor {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(metamodel, "metamodel");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(instantiation, "instantiation");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        relations = List.copyOf(relations);
        suppressions = suppressions.stream().sorted().distinct().toList();
    }

    /** The entity's qualified (canonical) name. */
    public String qualifiedName() {
        return entity.canonicalName();
    }

    /** The package of the entity and of everything generated for it. */
    public String packageName() {
        return entity.packageName();
    }

    /** The primary-key columns, in key order. */
    public List<ColumnDescriptor> keyColumns() {
        return columns.stream().filter(ColumnDescriptor::id).toList();
    }

    /** Whether the primary key has several columns (and the metamodel a {@code Key} record). */
    public boolean compositeKey() {
        return keyColumns().size() > 1;
    }

    /** The {@code K} of {@code EntityMapper<E, K>}: the boxed key type, or the nested {@code Key} record. */
    public TypeName keyType() {
        return compositeKey() ? metamodel.nestedClass(Names.KEY_RECORD) : keyColumns().get(0).boxedType();
    }

    /** The generated key column, if any. */
    public Optional<ColumnDescriptor> generatedKey() {
        return columns.stream().filter(ColumnDescriptor::generated).findFirst();
    }

    /** The join tables Quarry generates for the owning sides of {@code @ManyToMany}, in declaration order. */
    public List<JoinTableDescriptor> joinTables() {
        return relations.stream()
                .map(RelationDescriptor::generatedJoinTable)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The columns with a server default, in column order; bit {@code k} of the omitted-defaults set is the {@code k}-th. */
    public List<ColumnDescriptor> serverDefaultColumns() {
        return columns.stream().filter(ColumnDescriptor::hasServerDefault).toList();
    }
}
