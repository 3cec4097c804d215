package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.diagnostic.ErrorMessages;
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
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
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
    private final Elements elements;
    private final Types types;
    private final RelationDescriptors relations;
    private final DerivedMethods derived;

    public RepositoryDescriptors(Elements elements, Types types, MemberAccess access) {
        this.elements = elements;
        this.types = types;
        this.relations = new RelationDescriptors(access);
        this.derived = new DerivedMethods(new LoadPaths(this::relationsOf));
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
                derived.describe(method, type, parser, entity, report).ifPresent(methods::add);
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

    /** Whether {@code type} is a type javac could not resolve (yet). */
    public static boolean isError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        return type instanceof DeclaredType declared && declared.getTypeArguments().stream()
                .anyMatch(RepositoryDescriptors::isError);
    }
}
