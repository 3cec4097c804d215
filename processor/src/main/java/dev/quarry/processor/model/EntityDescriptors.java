package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/** Builds the {@link EntityDescriptor} of an entity whose validation report is clean. */
public final class EntityDescriptors {
    private final MemberAccess access;
    private final RelationDescriptors relations;

    public EntityDescriptors(MemberAccess access) {
        this.access = access;
        this.relations = new RelationDescriptors(access);
    }

    /** The descriptor of a validated entity. */
    public EntityDescriptor create(TypeElement entity) {
        List<Property> properties = Property.columnsOf(entity);
        Instantiation instantiation = access.instantiation(entity, properties).orElseThrow(
                () -> new IllegalStateException("entity without a usable constructor passed validation"));
        List<ColumnDescriptor> columns = new ArrayList<>();
        for (Property property : properties) {
            Access reader = access.reader(entity, property).orElseThrow(
                    () -> new IllegalStateException("unreadable property passed validation: " + property.name()));
            Access writer = instantiation == Instantiation.NO_ARG_CONSTRUCTOR
                    ? access.writer(entity, property).orElseThrow(() -> new IllegalStateException(
                            "unwritable property passed validation: " + property.name()))
                    : null;
            columns.add(ColumnDescriptors.create(property, reader, writer));
        }
        ValidationReport.Builder report = ValidationReport.builder();
        List<RelationDescriptor> relationDescriptors = relations.create(entity, report);
        if (report.hasErrors()) {
            throw new IllegalStateException("invalid relationship passed validation: " + report.build().items());
        }
        String table = tableName(entity);
        ClassName entityClass = ClassName.get(entity);
        return new EntityDescriptor(
                entityClass,
                entity.getKind() == ElementKind.RECORD,
                table,
                constantName(entity),
                metamodelName(entityClass),
                mapperName(entityClass),
                instantiation,
                columns,
                foreignKeys(table, properties),
                indexes(entity, table),
                CheckDescriptors.enumChecks(table, properties),
                relationDescriptors,
                suppressions(entity, Property.mappedOf(entity)));
    }

    /**
     * The warnings that using the entity, its column types and its relationships' targets from
     * another class raises.
     */
    private static List<String> suppressions(TypeElement entity, List<Property> properties) {
        Set<String> suppressions = new TreeSet<>();
        addSuppressions(entity, suppressions);
        for (Property property : properties) {
            if (property.type().getKind() == TypeKind.DECLARED) {
                DeclaredType type = (DeclaredType) property.type();
                addSuppressions(type.asElement(), suppressions);
                if (property.isRelationship()) {
                    type.getTypeArguments().stream()
                            .filter(argument -> argument.getKind() == TypeKind.DECLARED)
                            .forEach(argument -> addSuppressions(((DeclaredType) argument).asElement(), suppressions));
                }
            }
        }
        return List.copyOf(suppressions);
    }

    private static void addSuppressions(Element type, Set<String> suppressions) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            Deprecated deprecated = e.getAnnotation(Deprecated.class);
            if (deprecated != null) {
                suppressions.add(deprecated.forRemoval() ? "removal" : "deprecation");
            }
        }
    }

    /** {@code @Entity(table)}, or the simple name in snake_case. */
    public static String tableName(TypeElement entity) {
        return Annotations.find(entity, RuntimeTypes.ENTITY)
                .map(mirror -> Annotations.stringValue(mirror, "table"))
                .filter(table -> !table.isEmpty())
                .orElseGet(() -> Names.snakeCase(entity.getSimpleName().toString()));
    }

    /** The metamodel constant: the simple name in UPPER_SNAKE. */
    public static String constantName(TypeElement entity) {
        return Names.constantName(entity.getSimpleName().toString());
    }

    /** {@code User_}, or {@code Outer_Inner_} for a nested entity. */
    public static ClassName metamodelName(ClassName entity) {
        return ClassName.get(entity.packageName(), Names.flatName(entity.simpleNames()) + Names.METAMODEL_SUFFIX);
    }

    /** {@code User_Mapper}, or {@code Outer_Inner_Mapper} for a nested entity. */
    public static ClassName mapperName(ClassName entity) {
        return ClassName.get(entity.packageName(), Names.flatName(entity.simpleNames()) + Names.MAPPER_SUFFIX);
    }

    private static List<ForeignKeyDescriptor> foreignKeys(String table, List<Property> properties) {
        List<ForeignKeyDescriptor> foreignKeys = new ArrayList<>();
        for (Property property : properties) {
            property.annotation(RuntimeTypes.FOREIGN_KEY).ifPresent(mirror -> {
                TypeElement target = (TypeElement) ((DeclaredType) Annotations.typeValue(mirror, "value")
                        .orElseThrow()).asElement();
                Property targetKey = keyProperties(target).get(0);
                String column = ColumnDescriptors.columnName(property);
                String name = Annotations.stringValue(mirror, "name");
                foreignKeys.add(new ForeignKeyDescriptor(
                        name.isEmpty() ? Names.foreignKeyName(table, column) : name,
                        column,
                        tableName(target),
                        ColumnDescriptors.columnName(targetKey),
                        Annotations.enumValue(mirror, "onDelete")));
            });
        }
        return foreignKeys;
    }

    /** The {@code @Id} properties of an entity, in declaration order. */
    public static List<Property> keyProperties(TypeElement entity) {
        return Property.columnsOf(entity).stream().filter(ColumnDescriptors::isId).toList();
    }

    private static List<IndexDescriptor> indexes(TypeElement entity, String table) {
        List<IndexDescriptor> indexes = new ArrayList<>();
        Map<String, String> columnNames = new HashMap<>();
        for (Property property : Property.columnsOf(entity)) {
            columnNames.put(property.name(), ColumnDescriptors.columnName(property));
            property.annotation(RuntimeTypes.COLUMN).ifPresent(mirror -> {
                String column = ColumnDescriptors.columnName(property);
                if (Annotations.booleanValue(mirror, "unique")) {
                    indexes.add(new IndexDescriptor(Names.uniqueName(table, column), List.of(column), true));
                } else if (Annotations.booleanValue(mirror, "index")) {
                    indexes.add(new IndexDescriptor(Names.indexName(table, column), List.of(column), false));
                }
            });
        }
        for (AnnotationMirror mirror : Annotations.indexes(entity)) {
            List<String> indexColumns = new ArrayList<>();
            for (AnnotationValue value : Annotations.arrayValue(mirror, "columns")) {
                indexColumns.add(columnNames.get((String) value.getValue()));
            }
            boolean unique = Annotations.booleanValue(mirror, "unique");
            String name = Annotations.stringValue(mirror, "name");
            indexes.add(new IndexDescriptor(
                    name.isEmpty() ? Names.indexName(table, indexColumns, unique) : name, indexColumns, unique));
        }
        return indexes;
    }
}
