package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RepositoryDescriptor.Result;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Repository} interface: checks it and each method it declares, and describes
 * the clean ones. Errors go into the report, on the interface or the method.
 */
public final class RepositoryDescriptors {
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
    private static final Set<ClassName> COLLECTIONS = Set.of(ClassName.get("java.util", "Collection"), LIST,
            ClassName.get("java.util", "Set"));

    private final Elements elements;
    private final Types types;
    private final RelationDescriptors relations;
    private final LoadPaths loadPaths;

    public RepositoryDescriptors(Elements elements, Types types, MemberAccess access) {
        this.elements = elements;
        this.types = types;
        this.relations = new RelationDescriptors(access);
        this.loadPaths = new LoadPaths(this::relationsOf);
    }

    /** The entity and key type arguments of the repository, if it extends a repository base. */
    public record Base(boolean crud, DeclaredType entity, TypeMirror key) {
    }

    /** Checks the interface's shape and finds its base; errors go into {@code report}. */
    public Optional<Base> base(TypeElement repository, ValidationReport.Builder report) {
        String name = repository.getQualifiedName().toString();
        if (repository.getKind() != ElementKind.INTERFACE) {
            report.error(ErrorMessages.repositoryNotInterface(name), repository);
            return Optional.empty();
        }
        if (repository.getModifiers().contains(Modifier.PRIVATE)) {
            report.error(ErrorMessages.repositoryAccess(name, "private"), repository);
            return Optional.empty();
        }
        if (repository.getNestingKind() == NestingKind.LOCAL || !repository.getTypeParameters().isEmpty()) {
            report.error(ErrorMessages.repositoryAccess(name,
                    repository.getTypeParameters().isEmpty() ? "a local interface" : "generic"), repository);
            return Optional.empty();
        }
        Deque<TypeMirror> pending = new ArrayDeque<>(types.directSupertypes(repository.asType()));
        while (!pending.isEmpty()) {
            TypeMirror next = pending.removeFirst();
            if (next instanceof DeclaredType declared) {
                String erased = ((TypeElement) declared.asElement()).getQualifiedName().toString();
                boolean crud = erased.equals(RuntimeTypes.CRUD_REPOSITORY);
                if (crud || erased.equals(RuntimeTypes.READ_REPOSITORY)) {
                    List<? extends TypeMirror> arguments = declared.getTypeArguments();
                    if (arguments.size() != 2) {
                        break;
                    }
                    if (!(arguments.get(0) instanceof DeclaredType entity)
                            || entity.asElement().getAnnotationMirrors().stream().noneMatch(a ->
                            ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(
                                    RuntimeTypes.ENTITY))) {
                        report.error(ErrorMessages.repositoryNotEntity(name, arguments.get(0).toString()), repository);
                        return Optional.empty();
                    }
                    return Optional.of(new Base(crud, entity, arguments.get(1)));
                }
                pending.addAll(types.directSupertypes(next));
            }
        }
        report.error(ErrorMessages.repositoryNoBase(name), repository);
        return Optional.empty();
    }

    /**
     * The first type in the repository's signatures that javac could not resolve yet, such as a
     * metamodel {@code Key} generated in this round: the key type argument or a method's types.
     */
    public Optional<String> unresolved(TypeElement repository) {
        for (TypeMirror supertype : types.directSupertypes(repository.asType())) {
            if (supertype instanceof DeclaredType declared) {
                for (TypeMirror argument : declared.getTypeArguments()) {
                    if (isError(argument)) {
                        return Optional.of(argument.toString());
                    }
                }
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(repository.getEnclosedElements())) {
            if (isError(method.getReturnType())) {
                return Optional.of(method.getReturnType().toString());
            }
            for (var parameter : method.getParameters()) {
                if (isError(parameter.asType())) {
                    return Optional.of(parameter.asType().toString());
                }
            }
        }
        return Optional.empty();
    }

    /** Describes the repository of {@code entity}; method errors go into {@code report}. */
    public RepositoryDescriptor create(TypeElement repository, Base base, EntityDescriptor entity,
            Map<String, EntityDescriptor> tables, ValidationReport.Builder report) {
        String name = repository.getQualifiedName().toString();
        if (!TypeName.get(base.key()).box().equals(entity.keyType())) {
            report.error(ErrorMessages.repositoryKeyMismatch(name, base.key().toString(),
                    entity.entity().simpleName(), entity.keyType().toString()), repository);
        }
        MethodNameParser parser = new MethodNameParser(entity.entity().simpleName(),
                entity.columns().stream().map(ColumnDescriptor::property).toList());
        QueryMethods queries = new QueryMethods(tables);
        List<RepositoryDescriptor.Method> methods = new ArrayList<>();
        DeclaredType self = (DeclaredType) repository.asType();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(repository))) {
            boolean inherited = isInherited(method, repository);
            if (!method.getModifiers().contains(Modifier.ABSTRACT) || inherited) {
                if (method.getEnclosingElement().equals(repository)) {
                    ignoredLoadWith(method, inherited, report);
                }
                continue;
            }
            ExecutableType type = (ExecutableType) types.asMemberOf(self, method);
            Optional<AnnotationMirror> query = Annotations.find(method, RuntimeTypes.QUERY);
            if (query.isPresent()) {
                queries.describe(method, type, query.get(), entity, report).ifPresent(methods::add);
            } else if (UpsertMethods.isUpsert(method.getSimpleName().toString())) {
                UpsertMethods.describe(method, type, base.crud(), name, entity, parser, report)
                        .ifPresent(methods::add);
            } else {
                derived(method, type, parser, entity, report).ifPresent(methods::add);
            }
        }
        methods.sort(Comparator.comparing(RepositoryDescriptor.Method::name)
                .thenComparing(m -> m.parameters().stream().map(p -> p.type().toString())
                        .collect(Collectors.joining(","))));
        ClassName iface = ClassName.get(repository);
        ClassName implementation = ClassName.get(iface.packageName(),
                Names.flatName(iface.simpleNames()) + "_Impl");
        boolean inject = elements.getTypeElement(RuntimeTypes.JAKARTA_INJECT) != null;
        return new RepositoryDescriptor(iface, implementation, entity, base.crud(), inject, methods);
    }

    /** A method Quarry does not generate has no use for {@code @LoadWith}: an error saying what to do instead. */
    private static void ignoredLoadWith(ExecutableElement method, boolean inherited, ValidationReport.Builder report) {
        Optional<AnnotationMirror> loadWith = Annotations.find(method, RuntimeTypes.LOAD_WITH);
        if (loadWith.isEmpty()) {
            return;
        }
        String name = method.getSimpleName().toString();
        String what = inherited ? "a method of the repository's base interface, which the base class implements"
                : method.isDefault() ? "a default method"
                : method.getModifiers().contains(Modifier.STATIC) ? "a static method" : "a private method";
        String fix = inherited
                ? "call the overload taking a load option (findById(id, load), findAll(load)) or declare a derived"
                        + " finder with @LoadWith"
                : "load in its body with .load(Load.selectIn(...)) on the query, or make it an abstract derived finder";
        report.error(ErrorMessages.loadWithNotGenerated(name, what, fix), method, loadWith.get());
    }

    /**
     * The relationships of {@code entity} that resolve (for walking {@code @LoadWith} paths; the
     * entity's own problems are reported where it is processed).
     */
    private List<RelationDescriptor> relationsOf(ClassName entity) {
        TypeElement type = elements.getTypeElement(entity.canonicalName());
        return type == null ? List.of() : relations.create(type, ValidationReport.builder());
    }

    /** Whether the method is one of the base interfaces' (or Object's), implemented by the base class. */
    private boolean isInherited(ExecutableElement method, TypeElement repository) {
        for (String base : List.of(RuntimeTypes.CRUD_REPOSITORY, RuntimeTypes.READ_REPOSITORY, "java.lang.Object")) {
            TypeElement baseType = elements.getTypeElement(base);
            if (baseType == null) {
                continue;
            }
            if (method.getEnclosingElement().equals(baseType)) {
                return true;
            }
            for (ExecutableElement inherited : ElementFilter.methodsIn(baseType.getEnclosedElements())) {
                if (elements.overrides(method, inherited, repository)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<RepositoryDescriptor.Method> derived(ExecutableElement method, ExecutableType type,
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

    /** Whether {@code type} is a type javac could not resolve (yet). */
    public static boolean isError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        return type instanceof DeclaredType declared && declared.getTypeArguments().stream()
                .anyMatch(RepositoryDescriptors::isError);
    }
}
