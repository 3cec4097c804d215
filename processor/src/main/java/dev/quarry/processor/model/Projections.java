package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RepositoryDescriptor.Result;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the projection of a derived finder that returns a user record (or a {@code List},
 * {@code Optional}, {@code Stream}, {@code Page} or {@code Slice} of one): each component must
 * name an entity property and have its type.
 */
final class Projections {
    private static final Map<String, Result> WRAPPERS = Map.of("java.util.Optional", Result.OPTIONAL,
            "java.util.List", Result.LIST, "java.util.stream.Stream", Result.STREAM,
            RuntimeTypes.PAGE.canonicalName(), Result.PAGE, RuntimeTypes.SLICE.canonicalName(), Result.SLICE);

    private Projections() {
    }

    /** A projection's result shape and its record. */
    record Shape(Result result, TypeElement record) {
    }

    /** The shape of {@code type} if it is a non-generic record or a supported wrapper of one. */
    static Optional<Shape> shape(TypeMirror type) {
        Result result = Result.ENTITY;
        TypeMirror element = type;
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            result = WRAPPERS.get(raw);
            if (result == null) {
                return Optional.empty();
            }
            element = declared.getTypeArguments().get(0);
        }
        if (element instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.RECORD
                && declared.getTypeArguments().isEmpty()) {
            return Optional.of(new Shape(result, (TypeElement) declared.asElement()));
        }
        return Optional.empty();
    }

    /** Checks each component against the entity's properties; errors go into {@code report}. */
    static Optional<ProjectionDescriptor> describe(ExecutableElement method, TypeElement record,
            EntityDescriptor entity, MethodNameParser parser, ValidationReport.Builder report) {
        String name = method.getSimpleName().toString();
        String recordName = record.getQualifiedName().toString();
        String entityName = entity.entity().simpleName();
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        if (components.isEmpty() || components.size() > ProjectionDescriptor.MAX_COMPONENTS) {
            report.error(ErrorMessages.projectionArity(name, recordName, components.size(),
                    ProjectionDescriptor.MAX_COMPONENTS), method);
            return Optional.empty();
        }
        boolean clean = true;
        List<String> properties = new ArrayList<>();
        for (RecordComponentElement component : components) {
            String property = component.getSimpleName().toString();
            Optional<ColumnDescriptor> column = entity.columns().stream()
                    .filter(c -> c.property().equals(property)).findFirst();
            TypeName type = TypeName.get(component.asType());
            if (column.isEmpty()) {
                report.error(ErrorMessages.projectionUnknownProperty(name, recordName, property, entityName,
                        parser.closest(property).orElse(null),
                        entity.columns().stream().map(ColumnDescriptor::property).toList()), method);
                clean = false;
            } else if (!type.box().equals(column.get().boxedType())
                    || (column.get().nullable() && type.isPrimitive())) {
                report.error(ErrorMessages.projectionComponentType(name, recordName, property, type.toString(),
                        entityName, column.get().javaType().toString()), method);
                clean = false;
            }
            properties.add(property);
        }
        return clean ? Optional.of(new ProjectionDescriptor(ClassName.get(record), properties)) : Optional.empty();
    }
}
