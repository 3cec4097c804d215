package dev.quarry.processor.model;

import dev.quarry.processor.util.RuntimeTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RepositoryDescriptor.Result;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;

/**
 * Reads a derived upsert, {@code E upsertBy<Property>[And<Property>...](E entity)}: its
 * properties must be exactly the columns of a unique constraint of the entity (a
 * {@code @Column(unique = true)} property or a unique {@code @Index}), which become the
 * {@code ON CONFLICT} target; the repository must be a {@code CrudRepository}.
 */
final class UpsertMethods {
    private static final String PREFIX = "upsertBy";
    private static final Pattern SPLIT_AND = Pattern.compile("And(?=[A-Z])");

    private UpsertMethods() {
    }

    /** Whether {@code name} is an upsert's: {@code upsertBy} followed by a property, or nothing. */
    static boolean isUpsert(String name) {
        return name.startsWith(PREFIX)
                && (name.length() == PREFIX.length() || Character.isUpperCase(name.charAt(PREFIX.length())));
    }

    /**
     * Describes the upsert {@code method} of a repository over {@code entity}; errors go into
     * {@code report}.
     *
     * @param crud       whether the repository extends {@code CrudRepository} (else it only reads)
     * @param repository the repository's qualified name, for messages
     */
    static Optional<RepositoryDescriptor.Method> describe(ExecutableElement method, ExecutableType type,
            boolean crud, String repository, EntityDescriptor entity, MethodNameParser parser,
            ValidationReport.Builder report) {
        String name = method.getSimpleName().toString();
        ClassName entityClass = entity.entity();
        if (!crud) {
            report.error(ErrorMessages.upsertOnReadRepository(name, repository, "CrudRepository<"
                    + entityClass.simpleName() + ", " + simple(entity.keyType()) + ">"), method);
            return Optional.empty();
        }
        Optional<AnnotationMirror> loadWith = Annotations.find(method, RuntimeTypes.LOAD_WITH);
        loadWith.ifPresent(mirror -> report.error(ErrorMessages.loadWithWithoutEntities(name,
                TypeName.get(type.getReturnType()).toString(), entityClass.simpleName()), method, mirror));
        TypeName returnType = TypeName.get(type.getReturnType());
        if (type.getParameterTypes().size() != 1 || !TypeName.get(type.getParameterTypes().get(0)).equals(entityClass)
                || !returnType.equals(entityClass)) {
            String parameters = type.getParameterTypes().stream().map(p -> simple(TypeName.get(p)))
                    .collect(Collectors.joining(", "));
            report.error(ErrorMessages.upsertSignature(name, parameters, simple(returnType), entityClass.simpleName(),
                    Names.decapitalize(entityClass.simpleName())), method);
            return Optional.empty();
        }
        List<String> properties = properties(method, entity, parser, report);
        if (properties == null) {
            return Optional.empty();
        }
        Map<String, String> propertyOfColumn = entity.columns().stream()
                .collect(Collectors.toMap(ColumnDescriptor::name, ColumnDescriptor::property));
        Function<IndexDescriptor, Set<String>> propertiesOf = index -> index.columns().stream()
                .map(propertyOfColumn::get).collect(Collectors.toSet());
        List<IndexDescriptor> unique = entity.indexes().stream().filter(IndexDescriptor::unique).toList();
        if (unique.stream().noneMatch(index -> propertiesOf.apply(index).equals(new HashSet<>(properties)))
                || properties.size() != new HashSet<>(properties).size()) {
            List<String> constraints = unique.stream()
                    .map(index -> PREFIX + index.columns().stream().map(propertyOfColumn::get)
                            .map(UpsertMethods::capitalize).collect(Collectors.joining("And")))
                    .distinct().toList();
            report.error(ErrorMessages.upsertNotUnique(name, properties, entityClass.simpleName(), constraints),
                    method);
            return Optional.empty();
        }
        if (loadWith.isPresent()) {
            return Optional.empty();
        }
        String parameter = method.getParameters().get(0).getSimpleName().toString();
        return Optional.of(new RepositoryDescriptor.Method(name, returnType,
                List.of(new RepositoryDescriptor.Parameter(parameter, entityClass, null)), Result.ENTITY, null, null,
                null, null, null, null, List.of(), properties));
    }

    /** The properties after {@code upsertBy}, split at {@code And}; {@code null} after reporting an unknown one. */
    private static List<String> properties(ExecutableElement method, EntityDescriptor entity,
            MethodNameParser parser, ValidationReport.Builder report) {
        String name = method.getSimpleName().toString();
        String rest = name.substring(PREFIX.length());
        List<String> all = entity.columns().stream().map(ColumnDescriptor::property).toList();
        List<String> properties = new ArrayList<>();
        for (String part : SPLIT_AND.split(rest, -1)) {
            if (part.isEmpty()) {
                report.error(ErrorMessages.emptyCriteria(name), method);
                return null;
            }
            String property = Character.toLowerCase(part.charAt(0)) + part.substring(1);
            if (!all.contains(property)) {
                report.error(ErrorMessages.unknownProperty(name, property, entity.entity().simpleName(),
                        parser.closest(property).orElse(null), all), method);
                return null;
            }
            properties.add(property);
        }
        return properties;
    }

    private static String capitalize(String property) {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    /** {@code Long} for {@code java.lang.Long}, {@code User_.Key} for a nested key: how messages show a type. */
    private static String simple(TypeName type) {
        return type instanceof ClassName name ? String.join(".", name.simpleNames()) : type.toString();
    }
}
