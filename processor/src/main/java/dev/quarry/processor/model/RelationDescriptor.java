package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.util.Names;
import java.util.List;
import java.util.Objects;

/**
 * One relationship property of an entity, resolved to the columns that store it; the processor's
 * form of the runtime's {@code RelationSchema}.
 *
 * @param property           the property name
 * @param kind               the kind of relationship
 * @param holder             the declared property type: {@code Ref}, {@code List} or {@code Set}
 * @param target             the related entity
 * @param targetTable        the related entity's table
 * @param sourceColumn       the matching column of this entity's table: the foreign key
 *                           ({@code MANY_TO_ONE}, owning {@code ONE_TO_ONE}), else the key
 * @param targetColumn       the matching column of the target's table: its key, or its foreign key
 *                           ({@code ONE_TO_MANY}, inverse {@code ONE_TO_ONE})
 * @param joinTable          the join table of a many-to-many (generated or a join entity's), else {@code null}
 * @param joinSourceColumn   the join table's column referencing this entity, else {@code null}
 * @param joinTargetColumn   the join table's column referencing the target, else {@code null}
 * @param mappedBy           the owning relationship on the target, for an inverse side; else {@code null}
 * @param cascades           the names of the {@code Cascade} constants it declares, each once, in the enum's
 *                           order; only a {@code ONE_TO_MANY} or inverse {@code ONE_TO_ONE} has any
 * @param optional           whether the foreign key behind a to-one link may be NULL (its {@code Ref} may be
 *                           empty); {@code false} for many-to-many
 * @param generatedJoinTable the join table Quarry generates, on the owning side of a many-to-many
 *                           without join entity; else {@code null}
 * @param sourceValue        how generated code reads {@code sourceColumn}'s property from an entity
 * @param reader             how generated code reads the relationship property
 * @param writer             how the mapper assigns the relationship property, or {@code null} for a
 *                           record (whose canonical constructor takes it)
 * @param position           the index among the entity's columns and relationships in declaration
 *                           order: for a record, the canonical constructor's parameter
 */
public record RelationDescriptor(
        String property,
        Kind kind,
        Holder holder,
        ClassName target,
        String targetTable,
        String sourceColumn,
        String targetColumn,
        String joinTable,
        String joinSourceColumn,
        String joinTargetColumn,
        String mappedBy,
        List<String> cascades,
        boolean optional,
        JoinTableDescriptor generatedJoinTable,
        Access sourceValue,
        Access reader,
        Access writer,
        int position) {

    /** The kinds of relationship, named like the runtime's {@code Relation.Kind}. */
    public enum Kind {
        MANY_TO_ONE("many-to-one"),
        ONE_TO_MANY("one-to-many"),
        ONE_TO_ONE("one-to-one"),
        MANY_TO_MANY("many-to-many");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** {@code many-to-one}, for javadoc. */
        public String words() {
            return words;
        }
    }

    /** The declared type of the property, and the {@code RelationHolders} factory that fills it. */
    public enum Holder {
        REF("ref"),
        LIST("list"),
        SET("set");

        private final String factory;

        Holder(String factory) {
            this.factory = factory;
        }

        /** The {@code RelationHolders} method: {@code ref}, {@code list} or {@code set}. */
        public String factory() {
            return factory;
        }
    }

    public RelationDescriptor {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(sourceColumn, "sourceColumn");
        Objects.requireNonNull(targetColumn, "targetColumn");
        Objects.requireNonNull(sourceValue, "sourceValue");
        Objects.requireNonNull(reader, "reader");
        if ((kind == Kind.MANY_TO_MANY) != (joinTable != null)) {
            throw new IllegalArgumentException("a join table is given for, and only for, a many-to-many");
        }
        cascades = List.copyOf(cascades);
        if (!cascades.isEmpty() && !(kind == Kind.ONE_TO_MANY || kind == Kind.ONE_TO_ONE && mappedBy != null)) {
            throw new IllegalArgumentException("cascades apply to one-to-many and inverse one-to-one relationships");
        }
    }

    /** Whether this is the inverse side of a pair ({@code mappedBy} set). */
    public boolean inverse() {
        return mappedBy != null;
    }

    /** Whether the foreign key is a column of this entity's table ({@code MANY_TO_ONE}, owning {@code ONE_TO_ONE}). */
    public boolean foreignKeyInSource() {
        return kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_ONE && !inverse();
    }

    /** The target's metamodel class ({@code Post_}). */
    public ClassName targetMetamodel() {
        return EntityDescriptors.metamodelName(target);
    }

    /** The target's table constant in its metamodel ({@code POST}). */
    public String targetConstant() {
        return Names.constantName(target.simpleName());
    }
}
