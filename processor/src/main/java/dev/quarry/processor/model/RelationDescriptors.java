package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RelationDescriptor.Holder;
import dev.quarry.processor.model.RelationDescriptor.Kind;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Builds the {@link RelationDescriptor}s of an entity, reporting what prevents one: several
 * relationship annotations, or one together with column annotations; a declared type other than
 * {@code Ref<T>} or {@code List<T>}/{@code Set<T>}; a target that is not an entity; a key of
 * several columns on either side; a property the generated code cannot reach; on an owning
 * {@code @OneToOne}, a cascade (which belongs on the inverse side) or a foreign key that is not
 * unique; and, through {@link RelationLinks}, the columns that store it. The entity validator
 * runs it with the entity's report; the descriptor factory runs it on clean entities only.
 */
public final class RelationDescriptors {
    /** Annotations that make a property a column, which a relationship is not. */
    private static final List<String> COLUMN_ANNOTATIONS = List.of(RuntimeTypes.ID, RuntimeTypes.COLUMN,
            RuntimeTypes.FOREIGN_KEY, RuntimeTypes.GENERATED_VALUE, RuntimeTypes.TRANSIENT);

    private final MemberAccess access;

    public RelationDescriptors(MemberAccess access) {
        this.access = access;
    }

    /**
     * The relationships of {@code entity} that resolve, in declaration order; every problem goes
     * to {@code report}.
     */
    public List<RelationDescriptor> create(TypeElement entity, ValidationReport.Builder report) {
        List<RelationDescriptor> relations = new ArrayList<>();
        List<Property> mapped = Property.mappedOf(entity);
        for (int position = 0; position < mapped.size(); position++) {
            if (mapped.get(position).isRelationship()) {
                create(entity, mapped.get(position), position, report).ifPresent(relations::add);
            }
        }
        return relations;
    }

    private Optional<RelationDescriptor> create(TypeElement entity, Property property, int position,
            ValidationReport.Builder report) {
        List<AnnotationMirror> annotations = property.relationshipAnnotations();
        if (annotations.size() > 1) {
            String names = annotations.stream().map(mirror -> new RelationSite(property, mirror).label())
                    .collect(Collectors.joining(" and "));
            report.error(ErrorMessages.relationshipAnnotations(property.name(), names), property.location(),
                    annotations.get(1));
            return Optional.empty();
        }
        RelationSite site = new RelationSite(property, annotations.get(0));
        boolean clean = true;
        for (String columnAnnotation : COLUMN_ANNOTATIONS) {
            Optional<AnnotationMirror> mirror = property.annotation(columnAnnotation);
            if (mirror.isPresent()) {
                String other = "@" + mirror.get().getAnnotationType().asElement().getSimpleName();
                report.error(ErrorMessages.relationshipWithColumnAnnotation(site.label(), property.name(), other),
                        property.location(), mirror.get());
                clean = false;
            }
        }
        Optional<TypeElement> target = target(site, report);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        boolean owningOneToOne = site.kind() == Kind.ONE_TO_ONE && !site.inverse();
        List<String> cascades = site.cascades();
        if (owningOneToOne && !cascades.isEmpty()) {
            site.error(report, ErrorMessages.cascadeOnOwningOneToOne(site.name(), entity.getSimpleName().toString(),
                    target.get().getSimpleName().toString(), cascades), "cascade");
            clean = false;
        }
        if (!singleKeys(site, entity, target.get(), report)) {
            return Optional.empty();
        }
        Optional<Access> reader = reader(entity, property, report);
        boolean record = entity.getKind() == ElementKind.RECORD;
        Optional<Access> writer = record ? Optional.empty() : writer(entity, property, report);
        Optional<RelationLinks.Link> link = RelationLinks.resolve(site, entity, target.get(), report);
        if (owningOneToOne && link.isPresent() && !unique(entity, link.get().sourceValue())) {
            site.error(report, ErrorMessages.oneToOneForeignKeyNotUnique(site.name(), entity.getSimpleName().toString(),
                    link.get().sourceValue().name(), target.get().getSimpleName().toString()), "joinColumn");
            clean = false;
        }
        Optional<Access> sourceValue = link.flatMap(l -> access.reader(entity, l.sourceValue()));
        if (!clean || reader.isEmpty() || !record && writer.isEmpty() || sourceValue.isEmpty()) {
            return Optional.empty(); // an unreadable source-value column is reported on the column
        }
        RelationLinks.Link l = link.get();
        return Optional.of(new RelationDescriptor(property.name(), site.kind(), holder(property.type()),
                ClassName.get(target.get()), EntityDescriptors.tableName(target.get()), l.sourceColumn(),
                l.targetColumn(), l.joinTable(), l.joinSourceColumn(), l.joinTargetColumn(), l.mappedBy(), cascades,
                l.optional(), l.generatedJoinTable(), sourceValue.get(), reader.get(), writer.orElse(null),
                position));
    }

    /** The related entity: the type argument of {@code Ref}, {@code List} or {@code Set}. */
    private static Optional<TypeElement> target(RelationSite site, ValidationReport.Builder report) {
        TypeMirror type = site.property().type();
        boolean toOne = site.kind() == Kind.MANY_TO_ONE || site.kind() == Kind.ONE_TO_ONE;
        String erased = ValueKinds.erasedName(type);
        boolean shape = toOne ? erased.equals(RuntimeTypes.REF)
                : erased.equals("java.util.List") || erased.equals("java.util.Set");
        List<? extends TypeMirror> arguments = type.getKind() == TypeKind.DECLARED
                ? ((DeclaredType) type).getTypeArguments()
                : List.of();
        if (!shape || arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
            String shown = ValueKinds.simpleName(type);
            String target = guessTarget(type);
            report.error(toOne
                            ? ErrorMessages.toOneNotRef(site.label(), site.name(), shown, target)
                            : ErrorMessages.toManyNotListOrSet(site.label(), site.name(), shown, target),
                    site.property().location(), site.mirror());
            return Optional.empty();
        }
        TypeElement target = (TypeElement) ((DeclaredType) arguments.get(0)).asElement();
        if (!RelationLinks.isEntity(target)) {
            report.error(ErrorMessages.relationshipNotEntity(site.label(), site.name(), "target",
                    ValueKinds.simpleName(arguments.get(0))), site.property().location(), site.mirror());
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /** The entity a wrongly declared relationship is most likely about, for the suggested declaration. */
    private static String guessTarget(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return guessTarget(((ArrayType) type).getComponentType());
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return "Target";
        }
        DeclaredType declared = (DeclaredType) type;
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED) {
            return ValueKinds.simpleName(arguments.get(0));
        }
        return arguments.isEmpty() && !ValueKinds.erasedName(type).startsWith("java.")
                && !ValueKinds.erasedName(type).equals(RuntimeTypes.REF)
                ? declared.asElement().getSimpleName().toString()
                : "Target";
    }

    /** Both sides have a single-column key (an entity without {@code @Id} is reported on its own). */
    private static boolean singleKeys(RelationSite site, TypeElement entity, TypeElement target,
            ValidationReport.Builder report) {
        int keys = EntityDescriptors.keyProperties(entity).size();
        boolean single = keys == 1;
        if (keys > 1) {
            report.error(ErrorMessages.relationshipKey(site.label(), site.name(), entity.getSimpleName().toString(),
                    keys), site.property().location(), site.mirror());
        }
        int targetKeys = EntityDescriptors.keyProperties(target).size();
        if (targetKeys != 1 && !target.getQualifiedName().contentEquals(entity.getQualifiedName())) {
            report.error(ErrorMessages.relationshipKey(site.label(), site.name(), target.getSimpleName().toString(),
                    targetKeys), site.property().location(), site.mirror());
            single = false;
        }
        return single;
    }

    /**
     * Whether {@code column} holds a different value in each row of {@code entity}: it is the key,
     * {@code @Column(unique = true)}, or the only column of a unique {@code @Index}.
     */
    private static boolean unique(TypeElement entity, Property column) {
        if (ColumnDescriptors.isId(column) || column.annotation(RuntimeTypes.COLUMN)
                .map(mirror -> Annotations.booleanValue(mirror, "unique")).orElse(false)) {
            return true;
        }
        return Annotations.indexes(entity).stream()
                .filter(index -> Annotations.booleanValue(index, "unique"))
                .map(index -> Annotations.arrayValue(index, "columns"))
                .anyMatch(columns -> columns.size() == 1 && column.name().equals(columns.get(0).getValue()));
    }

    private Optional<Access> reader(TypeElement entity, Property property, ValidationReport.Builder report) {
        Optional<Access> reader = access.reader(entity, property);
        if (reader.isEmpty()) {
            report.error(ErrorMessages.relationshipNotReadable(property.name(), Names.getter(property.name(), false),
                    ValueKinds.simpleName(property.type())), property.location());
        }
        return reader;
    }

    private Optional<Access> writer(TypeElement entity, Property property, ValidationReport.Builder report) {
        Optional<Access> writer = access.writer(entity, property);
        if (writer.isEmpty()) {
            boolean isPrivate = property.field().getModifiers().contains(Modifier.PRIVATE);
            boolean isFinal = property.field().getModifiers().contains(Modifier.FINAL);
            String why = isPrivate && isFinal ? "private and final" : isPrivate ? "private" : "final";
            report.error(ErrorMessages.relationshipNotWritable(property.name(), why, Names.setter(property.name()),
                    ValueKinds.simpleName(property.type())), property.location());
        }
        return writer;
    }

    private static Holder holder(TypeMirror type) {
        return switch (ValueKinds.erasedName(type)) {
            case "java.util.List" -> Holder.LIST;
            case "java.util.Set" -> Holder.SET;
            default -> Holder.REF;
        };
    }
}
