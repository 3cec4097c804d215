package dev.quarry.processor.model;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import dev.quarry.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the columns that store a relationship: this entity's foreign key, the owning side's
 * (for {@code mappedBy}), or a join table, generated or a join entity's. Both entities are known
 * to have a single-column key.
 */
final class RelationLinks {
    private RelationLinks() {
    }

    /**
     * The columns of one relationship, as in {@link RelationDescriptor}; {@code sourceValue} is
     * the property holding {@code sourceColumn}.
     */
    record Link(String sourceColumn, String targetColumn, String joinTable, String joinSourceColumn,
            String joinTargetColumn, String mappedBy, boolean optional, JoinTableDescriptor generatedJoinTable,
            Property sourceValue) {
    }

    /** The link of {@code site}, a relationship of {@code entity} to {@code target}; empty after reporting why not. */
    static Optional<Link> resolve(RelationSite site, TypeElement entity, TypeElement target, ValidationReport.Builder report) {
        return switch (site.kind()) {
            case MANY_TO_ONE -> owningToOne(site, entity, target, report);
            case ONE_TO_MANY -> inverseToOne(site, entity, target, report);
            case ONE_TO_ONE -> oneToOne(site, entity, target, report);
            case MANY_TO_MANY -> manyToMany(site, entity, target, report);
        };
    }

    private static Optional<Link> oneToOne(RelationSite site, TypeElement entity, TypeElement target,
            ValidationReport.Builder report) {
        if (!site.string("joinColumn").isEmpty() && !site.string("mappedBy").isEmpty()) {
            site.error(report, ErrorMessages.conflictingMembers(site.label(), site.name(), "joinColumn", "mappedBy"),
                    "mappedBy");
            return Optional.empty();
        }
        return site.inverse() ? inverseToOne(site, entity, target, report) : owningToOne(site, entity, target, report);
    }

    /** {@code MANY_TO_ONE} and owning {@code ONE_TO_ONE}: a foreign key of this entity to the target's key. */
    private static Optional<Link> owningToOne(RelationSite site, TypeElement entity, TypeElement target,
            ValidationReport.Builder report) {
        String targetKey = ColumnDescriptors.columnName(key(target));
        return foreignKey(site, "joinColumn", entity, target, null, site.name() + "Id", report)
                .map(foreignKey -> new Link(ColumnDescriptors.columnName(foreignKey), targetKey, null, null, null,
                        null, ColumnDescriptors.isNullable(foreignKey), null, foreignKey));
    }

    /** {@code ONE_TO_MANY} and inverse {@code ONE_TO_ONE}: the owning side's foreign key to this entity's key. */
    private static Optional<Link> inverseToOne(RelationSite site, TypeElement entity, TypeElement target,
            ValidationReport.Builder report) {
        String mappedBy = site.string("mappedBy");
        Optional<RelationSite> owner = OwningSides.find(site, entity, target, report);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Property> foreignKey = foreignKey(owner.get(), "joinColumn", target, entity, null, "",
                ValidationReport.builder());
        if (foreignKey.isEmpty()) {
            site.error(report, ErrorMessages.mappedByOwnerInvalid(site.label(), site.name(), mappedBy,
                    simpleName(target)), "mappedBy");
            return Optional.empty();
        }
        Property key = key(entity);
        return Optional.of(new Link(ColumnDescriptors.columnName(key), ColumnDescriptors.columnName(foreignKey.get()),
                null, null, null, mappedBy, ColumnDescriptors.isNullable(foreignKey.get()), null, key));
    }

    private static Optional<Link> manyToMany(RelationSite site, TypeElement entity, TypeElement target,
            ValidationReport.Builder report) {
        boolean joinTable = !site.string("joinTable").isEmpty();
        boolean joinEntity = site.joinEntity().isPresent();
        if (!site.inverse()) {
            if (joinTable && joinEntity) {
                site.error(report, ErrorMessages.conflictingMembers(site.label(), site.name(), "joinTable",
                        "joinEntity"), "joinEntity");
                return Optional.empty();
            }
            return owningManyToMany(site, entity, target, report);
        }
        boolean conflicts = false;
        for (String member : List.of("joinTable", "joinEntity", "joinColumn", "inverseJoinColumn")) {
            boolean given = member.equals("joinEntity") ? joinEntity : !site.string(member).isEmpty();
            if (given) {
                site.error(report, ErrorMessages.conflictingMembers(site.label(), site.name(), "mappedBy", member),
                        member);
                conflicts = true;
            }
        }
        Optional<RelationSite> owner = conflicts ? Optional.empty() : OwningSides.find(site, entity, target, report);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Link> owning = owningManyToMany(owner.get(), target, entity, ValidationReport.builder());
        if (owning.isEmpty()) {
            site.error(report, ErrorMessages.mappedByOwnerInvalid(site.label(), site.name(), site.string("mappedBy"),
                    simpleName(target)), "mappedBy");
            return Optional.empty();
        }
        Link link = owning.get();
        return Optional.of(new Link(link.targetColumn(), link.sourceColumn(), link.joinTable(),
                link.joinTargetColumn(), link.joinSourceColumn(), site.string("mappedBy"), false, null, key(entity)));
    }

    private static Optional<Link> owningManyToMany(RelationSite site, TypeElement entity, TypeElement target,
            ValidationReport.Builder report) {
        Optional<TypeMirror> joinEntity = site.joinEntity();
        if (joinEntity.isPresent()) {
            return joinEntity(site, entity, target, joinEntity.get(), report);
        }
        Property key = key(entity);
        Property targetKey = key(target);
        String table = orElse(site.string("joinTable"),
                Names.joinTableName(EntityDescriptors.tableName(entity), site.name()));
        String joinColumn = orElse(site.string("joinColumn"),
                Names.joinColumnName(entity.getSimpleName().toString(), ColumnDescriptors.columnName(key)));
        String inverseJoinColumn = orElse(site.string("inverseJoinColumn"),
                Names.joinColumnName(target.getSimpleName().toString(), ColumnDescriptors.columnName(targetKey)));
        if (joinColumn.equalsIgnoreCase(inverseJoinColumn)) {
            site.error(report, ErrorMessages.joinColumnsEqual(site.name(), inverseJoinColumn), "inverseJoinColumn");
            return Optional.empty();
        }
        Optional<JoinTableDescriptor.Column> source = joinColumn(joinColumn, key, entity);
        Optional<JoinTableDescriptor.Column> other = joinColumn(inverseJoinColumn, targetKey, target);
        if (source.isEmpty() || other.isEmpty()) {
            return Optional.empty(); // the key's unsupported type is reported on the key
        }
        JoinTableDescriptor generated = new JoinTableDescriptor(table, Names.joinTableConstant(table), source.get(),
                other.get());
        return Optional.of(new Link(ColumnDescriptors.columnName(key), ColumnDescriptors.columnName(targetKey), table,
                joinColumn, inverseJoinColumn, null, false, generated, key));
    }

    /** A many-to-many through an existing join entity with a foreign key to each side. */
    private static Optional<Link> joinEntity(RelationSite site, TypeElement entity, TypeElement target,
            TypeMirror type, ValidationReport.Builder report) {
        Element element = type.getKind() == TypeKind.DECLARED ? ((DeclaredType) type).asElement() : null;
        if (!(element instanceof TypeElement join) || !isEntity(join)) {
            site.error(report, ErrorMessages.relationshipNotEntity(site.label(), site.name(), "joinEntity",
                    ValueKinds.simpleName(type)), "joinEntity");
            return Optional.empty();
        }
        boolean explicitSource = !site.string("joinColumn").isEmpty();
        boolean explicitTarget = !site.string("inverseJoinColumn").isEmpty();
        String sourceExample = Names.decapitalize(entity.getSimpleName().toString()) + "Id";
        String targetExample = Names.decapitalize(target.getSimpleName().toString()) + "Id";
        Optional<Property> toTarget = explicitTarget
                ? foreignKey(site, "inverseJoinColumn", join, target, null, targetExample, report)
                : Optional.empty();
        Optional<Property> toSource = foreignKey(site, "joinColumn", join, entity, toTarget.orElse(null),
                sourceExample, report);
        if (toSource.isEmpty() || explicitTarget && toTarget.isEmpty()) {
            return Optional.empty();
        }
        if (!explicitTarget) {
            toTarget = foreignKey(site, "inverseJoinColumn", join, target, toSource.get(), targetExample, report);
            if (toTarget.isEmpty()) {
                return Optional.empty();
            }
        }
        if (explicitSource && explicitTarget && toSource.get().name().equals(toTarget.get().name())) {
            site.error(report, ErrorMessages.joinColumnsEqual(site.name(), toTarget.get().name()), "inverseJoinColumn");
            return Optional.empty();
        }
        return Optional.of(new Link(ColumnDescriptors.columnName(key(entity)), ColumnDescriptors.columnName(key(target)),
                EntityDescriptors.tableName(join), ColumnDescriptors.columnName(toSource.get()),
                ColumnDescriptors.columnName(toTarget.get()), null, false, null, key(entity)));
    }

    /**
     * The {@code @ForeignKey(target)} property of {@code owner} that {@code member} names, or the
     * only one when {@code member} is not given (leaving out {@code exclude}, the other side's).
     */
    private static Optional<Property> foreignKey(RelationSite site, String member, TypeElement owner,
            TypeElement target, Property exclude, String example, ValidationReport.Builder report) {
        String name = site.string(member);
        String ownerName = simpleName(owner);
        String targetName = simpleName(target);
        List<Property> columns = Property.columnsOf(owner);
        List<Property> candidates = columns.stream()
                .filter(column -> references(column, target))
                .filter(column -> exclude == null || !column.name().equals(exclude.name()))
                .toList();
        List<String> candidateNames = candidates.stream().map(Property::name).toList();
        if (!name.isEmpty()) {
            Optional<Property> named = columns.stream().filter(column -> column.name().equals(name)).findFirst();
            if (named.isEmpty()) {
                site.error(report, ErrorMessages.joinColumnUnknown(site.label(), site.name(), member, name, ownerName,
                        targetName, candidateNames), member);
                return Optional.empty();
            }
            Optional<AnnotationMirror> foreignKey = named.get().annotation(RuntimeTypes.FOREIGN_KEY);
            if (foreignKey.isPresent() && references(named.get(), target)) {
                return named;
            }
            String why = foreignKey.isEmpty() ? "has no @ForeignKey"
                    : "is a @ForeignKey to " + Annotations.typeValue(foreignKey.get(), "value")
                            .map(ValueKinds::simpleName).orElse("another type");
            site.error(report, ErrorMessages.joinColumnNotForeignKey(site.label(), site.name(), member, name,
                    ownerName, targetName, why), member);
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        if (candidates.isEmpty()) {
            String declaration = "@ForeignKey(" + targetName + ".class) " + ValueKinds.simpleName(key(target).type())
                    + " " + example;
            site.error(report, ErrorMessages.noForeignKey(site.label(), site.name(), ownerName, targetName,
                    declaration), null);
        } else {
            site.error(report, ErrorMessages.ambiguousForeignKey(site.label(), site.name(), ownerName, targetName,
                    candidateNames, member), null);
        }
        return Optional.empty();
    }

    /** Whether {@code column} is a {@code @ForeignKey} to {@code target}. */
    private static boolean references(Property column, TypeElement target) {
        return column.annotation(RuntimeTypes.FOREIGN_KEY)
                .flatMap(foreignKey -> Annotations.typeValue(foreignKey, "value"))
                .filter(type -> type.getKind() == TypeKind.DECLARED)
                .map(type -> ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName())
                .filter(name -> name.contentEquals(target.getQualifiedName()))
                .isPresent();
    }

    private static Optional<JoinTableDescriptor.Column> joinColumn(String name, Property key, TypeElement owner) {
        Optional<AnnotationMirror> column = key.annotation(RuntimeTypes.COLUMN);
        return ValueKinds.classify(key.type()).map(kind -> new JoinTableDescriptor.Column(name, kind,
                column.map(c -> Annotations.intValue(c, "length")).orElse(0),
                column.map(c -> Annotations.intValue(c, "precision")).orElse(0),
                column.map(c -> Annotations.intValue(c, "scale")).orElse(0),
                EntityDescriptors.tableName(owner), ColumnDescriptors.columnName(key)));
    }

    /** The single key property of an entity (checked before links are resolved). */
    static Property key(TypeElement entity) {
        return EntityDescriptors.keyProperties(entity).get(0);
    }

    static boolean isEntity(TypeElement type) {
        return (type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD)
                && Annotations.isPresent(type, RuntimeTypes.ENTITY);
    }

    static String simpleName(TypeElement type) {
        return type.getSimpleName().toString();
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
