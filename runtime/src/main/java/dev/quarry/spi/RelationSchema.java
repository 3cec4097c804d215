package dev.quarry.spi;

import dev.quarry.annotation.Cascade;
import dev.quarry.query.Relation;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a relationship is stored, generated into the metamodel: which column of the declaring
 * table ({@code sourceColumn}) matches which column of the target ({@code targetColumn}),
 * directly or through a join table.
 *
 * <ul>
 *   <li>{@code MANY_TO_ONE}, owning {@code ONE_TO_ONE}: the source's foreign-key column and the
 *       target's key column;</li>
 *   <li>{@code ONE_TO_MANY}, inverse {@code ONE_TO_ONE}: the source's key column and the target's
 *       foreign-key column; {@code mappedBy} names the target's owning relationship;</li>
 *   <li>{@code MANY_TO_MANY}: both key columns, and the join table with its column referencing the
 *       source ({@code joinSourceColumn}) and the one referencing the target
 *       ({@code joinTargetColumn}); {@code mappedBy} is set on the inverse side.</li>
 * </ul>
 *
 * @param name             the property name
 * @param kind             the kind of relationship
 * @param sourceColumn     the matching column of the declaring table
 * @param targetColumn     the matching column of the target table
 * @param joinTable        the join table of a many-to-many, else {@code null}
 * @param joinSourceColumn the join table's column matching {@code sourceColumn}, else {@code null}
 * @param joinTargetColumn the join table's column matching {@code targetColumn}, else {@code null}
 * @param mappedBy         the owning relationship on the target, for an inverse side; else {@code null}
 * @param cascade          what deleting or persisting the source does to the related entities
 */
public record RelationSchema(
        String name,
        Relation.Kind kind,
        String sourceColumn,
        String targetColumn,
        String joinTable,
        String joinSourceColumn,
        String joinTargetColumn,
        String mappedBy,
        Set<Cascade> cascade) {

    /**
     * Creates a relationship schema; the {@code cascade} set is copied.
     *
     * @param name the property name
     * @param kind the kind of relationship
     * @param sourceColumn the matching column of the declaring table
     * @param targetColumn the matching column of the target table
     * @param joinTable the join table of a many-to-many, else {@code null}
     * @param joinSourceColumn the join table's column matching {@code sourceColumn}, else {@code null}
     * @param joinTargetColumn the join table's column matching {@code targetColumn}, else {@code null}
     * @param mappedBy the owning relationship on the target, for an inverse side; else {@code null}
     * @param cascade what deleting or persisting the source does to the related entities
     * @throws IllegalArgumentException if a join table is given for other than a many-to-many (or
     *                                  missing for one) or lacks a column, a one-to-many has no
     *                                  {@code mappedBy}, or cascades are given for a many-to-one, a
     *                                  many-to-many or an owning side
     */
    public RelationSchema {
        cascade = cascade.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(cascade));
        if (!cascade.isEmpty() && (kind == Relation.Kind.MANY_TO_ONE || kind == Relation.Kind.MANY_TO_MANY
                || mappedBy == null)) {
            throw new IllegalArgumentException("cascades apply to one-to-many and inverse one-to-one relationships");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceColumn, "sourceColumn");
        Objects.requireNonNull(targetColumn, "targetColumn");
        if ((kind == Relation.Kind.MANY_TO_MANY) != (joinTable != null)) {
            throw new IllegalArgumentException("a join table is given for, and only for, a many-to-many relationship");
        }
        if (joinTable != null && (joinSourceColumn == null || joinTargetColumn == null)) {
            throw new IllegalArgumentException("a join table needs both its columns");
        }
        if (kind == Relation.Kind.ONE_TO_MANY && mappedBy == null) {
            throw new IllegalArgumentException("a one-to-many relationship is the inverse of a many-to-one: mappedBy is required");
        }
    }

    /**
     * A many-to-one through {@code foreignKey} to the target's {@code targetKey}.
     *
     * @param name the property name
     * @param foreignKey this table's foreign-key column
     * @param targetKey the target table's key column
     * @return the relationship schema, without cascades
     */
    public static RelationSchema manyToOne(String name, String foreignKey, String targetKey) {
        return new RelationSchema(name, Relation.Kind.MANY_TO_ONE, foreignKey, targetKey, null, null, null, null, Set.of());
    }

    /**
     * A one-to-many: the target's {@code targetForeignKey} references this table's {@code key}.
     *
     * @param name the property name
     * @param key this table's key column
     * @param targetForeignKey the target table's foreign-key column
     * @param mappedBy the owning relationship's property on the target
     * @return the relationship schema, without cascades
     */
    public static RelationSchema oneToMany(String name, String key, String targetForeignKey, String mappedBy) {
        return new RelationSchema(name, Relation.Kind.ONE_TO_MANY, key, targetForeignKey, null, null, null, mappedBy, Set.of());
    }

    /**
     * The owning side of a one-to-one, through {@code foreignKey} to the target's {@code targetKey}.
     *
     * @param name the property name
     * @param foreignKey this table's foreign-key column
     * @param targetKey the target table's key column
     * @return the relationship schema, without cascades
     */
    public static RelationSchema oneToOne(String name, String foreignKey, String targetKey) {
        return new RelationSchema(name, Relation.Kind.ONE_TO_ONE, foreignKey, targetKey, null, null, null, null, Set.of());
    }

    /**
     * The inverse side of a one-to-one: the target's {@code targetForeignKey} references {@code key}.
     *
     * @param name the property name
     * @param key this table's key column
     * @param targetForeignKey the target table's foreign-key column
     * @param mappedBy the owning relationship's property on the target
     * @return the relationship schema, without cascades
     */
    public static RelationSchema oneToOneMappedBy(String name, String key, String targetForeignKey, String mappedBy) {
        return new RelationSchema(name, Relation.Kind.ONE_TO_ONE, key, targetForeignKey, null, null, null,
                Objects.requireNonNull(mappedBy, "mappedBy"), Set.of());
    }

    /**
     * A many-to-many through {@code joinTable}; {@code mappedBy} is {@code null} on the owning side.
     *
     * @param name the property name
     * @param key this table's key column
     * @param targetKey the target table's key column
     * @param joinTable the join table
     * @param joinSourceColumn the join table's column referencing this table
     * @param joinTargetColumn the join table's column referencing the target table
     * @param mappedBy the owning relationship's property on the target, or {@code null} on the owning side
     * @return the relationship schema, without cascades
     */
    public static RelationSchema manyToMany(String name, String key, String targetKey, String joinTable,
                                            String joinSourceColumn, String joinTargetColumn, String mappedBy) {
        return new RelationSchema(name, Relation.Kind.MANY_TO_MANY, key, targetKey, joinTable, joinSourceColumn,
                joinTargetColumn, mappedBy, Set.of());
    }

    /**
     * This relationship with {@code cascades} (for generated code: {@code oneToMany(...).cascade(Cascade.DELETE)}).
     *
     * @param cascades the cascades
     * @return a copy of this schema with the cascades
     */
    public RelationSchema cascade(Cascade... cascades) {
        return new RelationSchema(name, kind, sourceColumn, targetColumn, joinTable, joinSourceColumn, joinTargetColumn,
                mappedBy, cascades.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(cascades)));
    }

    /**
     * Whether deleting or persisting the source cascades {@code cascade} to the related entities.
     *
     * @param cascade the cascade to test
     * @return {@code true} if the relationship has the cascade
     */
    public boolean cascades(Cascade cascade) {
        return this.cascade.contains(cascade);
    }

    /**
     * Whether the foreign key is in the source table ({@code MANY_TO_ONE}, owning
     * {@code ONE_TO_ONE}): {@code sourceColumn} is the foreign key and {@code targetColumn} the
     * target's key. Otherwise {@code sourceColumn} is the source's key.
     *
     * @return {@code true} if the source table holds the foreign key
     */
    public boolean foreignKeyInSource() {
        return kind == Relation.Kind.MANY_TO_ONE || kind == Relation.Kind.ONE_TO_ONE && mappedBy == null;
    }
}
