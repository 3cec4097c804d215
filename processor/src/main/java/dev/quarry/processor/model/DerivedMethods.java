package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RepositoryDescriptor.Result;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a repository's derived methods, those whose name is the query ({@code findByEmail},
 * {@code countByActive}, {@code deleteByNameStartingWith}): checks the return type against the
 * action, each criterion's operator against its property's type, the parameters against the
 * criteria (in order, a {@code PageRequest} last for pages and slices, load options anywhere)
 * and {@code @LoadWith}, and describes the clean ones.
 */
final class DerivedMethods {
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
    private static final Set<ClassName> COLLECTIONS = Set.of(ClassName.get("java.util", "Collection"), LIST,
            ClassName.get("java.util", "Set"));

    private final LoadPaths loadPaths;

    DerivedMethods(LoadPaths loadPaths) {
        this.loadPaths = loadPaths;
    }

    /**
     * Describes a derived method, parsed from its name; errors go into {@code report}, on the
     * method or the parameter at fault.
     */
    Optional<RepositoryDescriptor.Method> describe(ExecutableElement method, ExecutableType type,
            MethodNameParser parser, EntityDescriptor entity, ValidationReport.Builder report) {
        String name = method.getSimpleName().toString();
        DerivedQuery query;
        try {
            query = parser.parse(name);
        } catch (MethodNameParser.MethodNameException e) {
            report.error(e.getMessage(), method);
            return Optional.empty();
        }
        TypeName returnType = TypeName.get(type.getReturnType());
        Optional<Result> result = result(query, returnType, entity.entity());
        ProjectionDescriptor projection = null;
        Optional<Projections.Shape> shape = result.isPresent() || query.action() != DerivedQuery.Action.FIND
                ? Optional.empty() : Projections.shape(type.getReturnType());
        if (shape.isPresent()) {
            Optional<ProjectionDescriptor> described = Projections.describe(method, shape.get().record(), entity,
                    parser, report);
            if (described.isEmpty()) {
                return Optional.empty();
            }
            if (query.distinct() && shape.get().result() == Result.PAGE) {
                report.error(ErrorMessages.distinctProjectionPage(name), method);
                return Optional.empty();
            }
            Optional<String> unordered = query.orders().stream().map(DerivedQuery.Order::property)
                    .filter(property -> !described.get().properties().contains(property)).findFirst();
            if (query.distinct() && unordered.isPresent()) {
                report.error(ErrorMessages.distinctProjectionOrder(name, unordered.get(),
                        described.get().type().canonicalName()), method);
                return Optional.empty();
            }
            projection = described.get();
            result = Optional.of(shape.get().result());
        }
        if (result.isEmpty()) {
            report.error(ErrorMessages.unsupportedReturnType(name, returnType.toString(),
                    supported(query.action(), entity.entity())), method);
            return Optional.empty();
        }
        boolean paged = result.get() == Result.PAGE || result.get() == Result.SLICE;
        if (query.action() == DerivedQuery.Action.DELETE && (!query.orders().isEmpty() || query.limit() > 0
                || query.distinct())) {
            report.error(ErrorMessages.deleteWithOrder(name), method);
            return Optional.empty();
        }
        List<RepositoryDescriptor.Parameter> all = new ArrayList<>();
        List<VariableElement> elements = new ArrayList<>();
        boolean clean = true;
        for (int i = 0; i < method.getParameters().size(); i++) {
            VariableElement element = method.getParameters().get(i);
            TypeMirror parameterType = type.getParameterTypes().get(i);
            boolean load = LoadOptions.isLoad(parameterType);
            all.add(new RepositoryDescriptor.Parameter(element.getSimpleName().toString(),
                    TypeName.get(parameterType), null, load));
            if (!load) {
                elements.add(element);
            } else if (!LoadOptions.startsFrom(parameterType, entity.entity())) {
                report.error(ErrorMessages.loadOptionOfAnotherEntity(name, element.getSimpleName().toString(),
                        TypeName.get(parameterType).toString(), entity.entity().simpleName(),
                        LoadOptions.declaration(entity.entity())), element);
                clean = false;
            } else if (projection != null || !LoadOptions.RESULTS.contains(result.get())) {
                report.error(ErrorMessages.loadOptionWithoutEntities(name, element.getSimpleName().toString(),
                        returnType.toString(), entity.entity().simpleName()), element);
                clean = false;
            }
        }
        List<LoadPath> loadWith = List.of();
        Optional<AnnotationMirror> loadWithMirror = Annotations.find(method, RuntimeTypes.LOAD_WITH);
        if (loadWithMirror.isPresent()) {
            Optional<List<LoadPath>> paths = loadPaths.describe(new LoadPaths.Finder(method, entity, result.get(),
                    projection != null, returnType.toString()), loadWithMirror.get(), report);
            clean &= paths.isPresent();
            loadWith = paths.orElse(List.of());
        }
        // the criteria's values and the PageRequest; load options may stand anywhere around them
        List<RepositoryDescriptor.Parameter> parameters = all.stream().filter(p -> !p.load()).toList();
        clean &= checkOperators(name, query, entity, method, report);
        int expected = query.parameterCount() + (paged ? 1 : 0);
        if (paged && (query.limit() > 0 || parameters.isEmpty()
                || !parameters.get(parameters.size() - 1).type().equals(RuntimeTypes.PAGE_REQUEST))) {
            report.error(ErrorMessages.pagedQueryNeedsRequest(name, returnType.toString()), method);
            return Optional.empty();
        }
        if (parameters.size() != expected) {
            report.error(ErrorMessages.wrongParameterCount(name, expected, parameters.size(),
                    expectedParameters(query, entity, paged)), method);
            return Optional.empty();
        }
        int index = 0;
        for (DerivedQuery.Criterion criterion : query.criteria()) {
            ColumnDescriptor column = column(entity, criterion.property());
            for (int k = 0; k < criterion.operator().parameters(); k++) {
                RepositoryDescriptor.Parameter parameter = parameters.get(index);
                TypeName needed = parameterType(criterion.operator(), column);
                if (!accepts(criterion.operator(), column, parameter.type())) {
                    report.error(ErrorMessages.wrongParameterType(name, parameter.name(), parameter.type().toString(),
                            criterion.property(), needed.toString()), elements.get(index));
                    clean = false;
                }
                index++;
            }
        }
        return clean ? Optional.of(new RepositoryDescriptor.Method(name, returnType, all, result.get(), query,
                null, null, null, projection, null, loadWith, List.of()))
                : Optional.empty();
    }

    private static boolean checkOperators(String name, DerivedQuery query, EntityDescriptor entity, Element method,
            ValidationReport.Builder report) {
        boolean clean = true;
        for (DerivedQuery.Criterion criterion : query.criteria()) {
            ColumnDescriptor column = column(entity, criterion.property());
            Operator operator = criterion.operator();
            boolean text = column.kind() == ValueKind.STRING;
            if (operator.needsText() && !text) {
                report.error(ErrorMessages.operatorNeedsType(name, criterion.property(), keyword(operator),
                        column.javaType().toString(), "String"), method);
                clean = false;
            } else if (operator.needsBoolean() && column.kind() != ValueKind.BOOLEAN) {
                report.error(ErrorMessages.operatorNeedsType(name, criterion.property(), keyword(operator),
                        column.javaType().toString(), "boolean"), method);
                clean = false;
            } else if (criterion.ignoreCase() && !text) {
                report.error(ErrorMessages.ignoreCaseOnText(name, criterion.property(), column.javaType().toString()),
                        method);
                clean = false;
            } else if (criterion.ignoreCase() && !operator.ignoresCase()) {
                report.error(ErrorMessages.ignoreCaseOperator(name, criterion.property(), keyword(operator)), method);
                clean = false;
            }
        }
        return clean;
    }

    private static String keyword(Operator operator) {
        return operator.keywords().stream().filter(k -> !k.startsWith("Is")).findFirst()
                .orElse(operator.keywords().get(0));
    }

    private static ColumnDescriptor column(EntityDescriptor entity, String property) {
        return entity.columns().stream().filter(c -> c.property().equals(property)).findFirst().orElseThrow();
    }

    /** The parameter type a criterion needs: the property's type, or a collection of it. */
    private static TypeName parameterType(Operator operator, ColumnDescriptor column) {
        if (operator.takesCollection()) {
            return ParameterizedTypeName.get(ClassName.get("java.util", "Collection"), column.boxedType());
        }
        return column.javaType();
    }

    private static boolean accepts(Operator operator, ColumnDescriptor column, TypeName parameter) {
        if (!operator.takesCollection()) {
            return parameter.box().equals(column.boxedType());
        }
        if (!(parameter instanceof ParameterizedTypeName collection) || !COLLECTIONS.contains(collection.rawType())
                || collection.typeArguments().size() != 1) {
            return false;
        }
        TypeName element = collection.typeArguments().get(0);
        if (element instanceof WildcardTypeName wildcard && wildcard.upperBounds().size() == 1
                && wildcard.lowerBounds().isEmpty()) {
            element = wildcard.upperBounds().get(0);
        }
        return element.equals(column.boxedType());
    }

    private static String expectedParameters(DerivedQuery query, EntityDescriptor entity, boolean paged) {
        List<String> expected = new ArrayList<>();
        for (DerivedQuery.Criterion criterion : query.criteria()) {
            TypeName type = parameterType(criterion.operator(), column(entity, criterion.property()));
            for (int k = 0; k < criterion.operator().parameters(); k++) {
                expected.add(type + " (" + criterion.property() + ")");
            }
        }
        if (paged) {
            expected.add("PageRequest");
        }
        return expected.isEmpty() ? "none" : String.join(", ", expected);
    }

    private static Optional<Result> result(DerivedQuery query, TypeName type, ClassName entity) {
        Function<ClassName, TypeName> of = raw -> ParameterizedTypeName.get(raw, entity);
        return Optional.ofNullable(switch (query.action()) {
            case FIND -> type.equals(entity) ? Result.ENTITY
                    : type.equals(of.apply(OPTIONAL)) ? Result.OPTIONAL
                    : type.equals(of.apply(LIST)) ? Result.LIST
                    : type.equals(of.apply(STREAM)) ? Result.STREAM
                    : type.equals(of.apply(RuntimeTypes.PAGE)) ? Result.PAGE
                    : type.equals(of.apply(RuntimeTypes.SLICE)) ? Result.SLICE : null;
            case COUNT -> type.equals(TypeName.LONG) || type.equals(TypeName.LONG.box()) ? Result.LONG
                    : type.equals(TypeName.INT) || type.equals(TypeName.INT.box()) ? Result.INT : null;
            case EXISTS -> type.equals(TypeName.BOOLEAN) || type.equals(TypeName.BOOLEAN.box()) ? Result.BOOLEAN
                    : null;
            case DELETE -> type.equals(TypeName.VOID) ? Result.VOID
                    : type.equals(TypeName.LONG) || type.equals(TypeName.LONG.box()) ? Result.LONG
                    : type.equals(TypeName.INT) || type.equals(TypeName.INT.box()) ? Result.INT : null;
        });
    }

    private static String supported(DerivedQuery.Action action, ClassName entity) {
        String e = entity.simpleName();
        return switch (action) {
            case FIND -> e + ", Optional<" + e + ">, List<" + e + ">, Stream<" + e + ">, Page<" + e + "> or Slice<"
                    + e + ">, or the same of a record whose components are properties of " + e;
            case COUNT -> "long or int";
            case EXISTS -> "boolean";
            case DELETE -> "void, int or long (the number of rows deleted)";
        };
    }
}
