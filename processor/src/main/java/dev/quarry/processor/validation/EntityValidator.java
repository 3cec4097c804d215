package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptors;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Validates one {@code @Entity} type, collecting every problem into a {@link ValidationReport}. */
public final class EntityValidator {
    /** Bits in the omitted-defaults set of {@code EntityMapper}. */
    private static final int MAX_SERVER_DEFAULTS = Long.SIZE;

    private final ColumnValidator columnValidator;
    private final ForeignKeyValidator foreignKeyValidator;
    private final IndexValidator indexValidator = new IndexValidator();
    private final AccessValidator accessValidator;
    private final NameValidator nameValidator = new NameValidator();
    private final VersionValidator versionValidator = new VersionValidator();
    private final TimestampValidator timestampValidator = new TimestampValidator();
    private final RelationValidator relationValidator;

    public EntityValidator(Types types, MemberAccess access) {
        this.columnValidator = new ColumnValidator(types);
        this.foreignKeyValidator = new ForeignKeyValidator(types);
        this.accessValidator = new AccessValidator(access);
        this.relationValidator = new RelationValidator(access);
    }

    /**
     * Validates {@code entity}.
     *
     * @param sourceTypes the qualified names of the types declared in the compiled sources
     */
    public ValidationReport validate(TypeElement entity, Set<String> sourceTypes) {
        ValidationReport.Builder report = ValidationReport.builder();
        validateType(entity, report);
        if (report.hasErrors()) {
            return report.build();
        }
        String entityName = entity.getSimpleName().toString();
        for (Property property : Property.of(entity)) {
            if (property.isComponent() && property.isTransient()) {
                report.error(ErrorMessages.transientComponent(property.name()),
                        property.location(),
                        property.annotation(RuntimeTypes.TRANSIENT).orElseThrow());
            }
        }
        List<Property> columns = Property.columnsOf(entity);
        long keys = columns.stream().filter(ColumnDescriptors::isId).count();
        if (keys == 0) {
            report.error(ErrorMessages.noId(entityName), entity);
        }
        Map<String, Property> names = new HashMap<>();
        for (Property column : columns) {
            columnValidator.validate(column, keys > 1, entityName, report);
            foreignKeyValidator.validate(column, report);
            String name = ColumnDescriptors.columnName(column);
            Property other = names.putIfAbsent(name.toLowerCase(Locale.ROOT), column);
            if (other != null) {
                report.error(ErrorMessages.duplicateColumn(name, column.name(), other.name()), column.location());
            }
        }
        versionValidator.validate(entityName, columns, report);
        timestampValidator.validate(entityName, columns, report);
        indexValidator.validate(entity, columns, report);
        accessValidator.validate(entity, columns, report);
        relationValidator.validate(entity, report);
        nameValidator.validate(entity, Property.mappedOf(entity), sourceTypes, report);
        long serverDefaults = columns.stream()
                .filter(column -> column.annotation(RuntimeTypes.COLUMN)
                        .map(mirror -> !Annotations.stringValue(mirror, "serverDefault").isEmpty())
                        .orElse(false))
                .count();
        if (serverDefaults > MAX_SERVER_DEFAULTS) {
            report.error(ErrorMessages.tooManyServerDefaults(entityName, (int) serverDefaults), entity);
        }
        warnAboutInheritedFields(entity, report);
        return report.build();
    }

    private static void validateType(TypeElement entity, ValidationReport.Builder report) {
        String name = entity.getSimpleName().toString();
        switch (entity.getKind()) {
            case INTERFACE -> report.error(ErrorMessages.entityKind(name, "an interface"), entity);
            case ENUM -> report.error(ErrorMessages.entityKind(name, "an enum"), entity);
            case ANNOTATION_TYPE -> report.error(ErrorMessages.entityKind(name, "an annotation type"), entity);
            default -> {
                if (entity.getModifiers().contains(Modifier.ABSTRACT)) {
                    report.error(ErrorMessages.entityKind(name, "abstract"), entity);
                }
            }
        }
        if (entity.getNestingKind() == NestingKind.LOCAL || entity.getNestingKind() == NestingKind.ANONYMOUS) {
            report.error(ErrorMessages.entityAccess(name, "a local class"), entity);
        } else if (entity.getNestingKind() == NestingKind.MEMBER && !entity.getModifiers().contains(Modifier.STATIC)
                && entity.getKind() == ElementKind.CLASS) {
            report.error(ErrorMessages.entityAccess(name, "a non-static inner class"), entity);
        }
        if (entity.getModifiers().contains(Modifier.PRIVATE)) {
            report.error(ErrorMessages.entityAccess(name, "private"), entity);
        }
        for (Element outer = entity.getEnclosingElement(); outer instanceof TypeElement type;
                outer = outer.getEnclosingElement()) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                report.error(ErrorMessages.entityAccess(name, "inside private class " + type.getSimpleName()), entity);
            }
        }
        if (!entity.getTypeParameters().isEmpty()) {
            report.error(ErrorMessages.genericEntity(name), entity);
        }
    }

    private static void warnAboutInheritedFields(TypeElement entity, ValidationReport.Builder report) {
        TypeMirror superclass = entity.getSuperclass();
        while (superclass.getKind() == TypeKind.DECLARED) {
            TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
            if (type.getQualifiedName().contentEquals("java.lang.Object")) {
                return;
            }
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    report.warning(ErrorMessages.inheritedField(entity.getSimpleName().toString(),
                            field.getSimpleName().toString(), type.getSimpleName().toString()), entity, null, null);
                }
            }
            superclass = type.getSuperclass();
        }
    }
}
