package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RepositoryDescriptor.Result;
import dev.quarry.processor.sql.CheckedSql;
import dev.quarry.processor.sql.SqlChecker;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Reads a {@code @Query} method: checks its SQL against the entities, its parameters against
 * the placeholders, and its return type against what the statement produces.
 */
final class QueryMethods {
    private static final Map<String, Result> WRAPPERS = Map.of("java.util.Optional", Result.OPTIONAL,
            "java.util.List", Result.LIST, "java.util.stream.Stream", Result.STREAM);
    /** The collection types a parameter may have to be expanded into an {@code IN} list. */
    private static final Set<String> COLLECTIONS = Set.of("java.util.Collection", "java.util.List", "java.util.Set");

    private final SqlChecker checker;

    QueryMethods(Map<String, EntityDescriptor> tables) {
        this.checker = new SqlChecker(tables);
    }

    Optional<RepositoryDescriptor.Method> describe(ExecutableElement method, ExecutableType type,
            AnnotationMirror query, EntityDescriptor entity, ValidationReport.Builder report) {
        String name = method.getSimpleName().toString();
        Optional<AnnotationMirror> loadWith = Annotations.find(method, RuntimeTypes.LOAD_WITH);
        loadWith.ifPresent(mirror -> report.error(ErrorMessages.queryLoadWith(name, entity.entity().simpleName(),
                entity.constant()), method, mirror));
        CheckedSql sql;
        try {
            sql = checker.check(name, Annotations.stringValue(query, "value"), entity);
        } catch (SqlChecker.SqlException e) {
            report.error(e.getMessage(), method, query, Annotations.value(query, "value"));
            return Optional.empty();
        }
        boolean modifying = Annotations.isPresent(method, RuntimeTypes.MODIFYING);
        boolean rowCount = sql.shape() == CheckedSql.Shape.ROW_COUNT;
        if (modifying != rowCount) {
            report.error(ErrorMessages.queryModifying(name, modifying), method);
            return Optional.empty();
        }
        boolean clean = loadWith.isEmpty();
        List<RepositoryDescriptor.Parameter> parameters = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        Set<String> lists = new TreeSet<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            VariableElement parameter = method.getParameters().get(i);
            String parameterName = parameter.getSimpleName().toString();
            TypeMirror parameterType = type.getParameterTypes().get(i);
            boolean collection = isCollection(parameterType);
            Optional<ValueKind> kind = collection ? elementOf(parameterType).flatMap(ValueKinds::classify)
                    : ValueKinds.classify(parameterType);
            if (collection) {
                lists.add(parameterName);
            }
            if (LoadOptions.isLoad(parameterType)) {
                report.error(ErrorMessages.queryLoadOption(name, parameterName, entity.entity().simpleName(),
                        entity.constant()), parameter);
                clean = false;
            } else if (kind.isEmpty()) {
                report.error(collection ? ErrorMessages.queryCollectionType(name, parameterName,
                        parameterType.toString(), ValueKinds.SUPPORTED)
                        : ErrorMessages.queryParameterType(name, parameterName, parameterType.toString(),
                                ValueKinds.SUPPORTED), parameter);
                clean = false;
            } else if (!sql.bindings().contains(parameterName)) {
                report.error(ErrorMessages.queryUnusedParameter(name, parameterName), parameter);
                clean = false;
            } else if (collection && !sql.inLists().contains(parameterName)) {
                report.error(ErrorMessages.queryCollectionOutsideIn(name, parameterName, parameterType.toString()),
                        parameter);
                clean = false;
            } else if (sql.compared().containsKey(parameterName) && !TypeName.get(collection
                    ? elementOf(parameterType).orElseThrow() : parameterType).box()
                    .equals(sql.compared().get(parameterName).boxedType())) {
                ColumnDescriptor column = sql.compared().get(parameterName);
                report.error(collection
                        ? ErrorMessages.queryCollectionColumnType(name, parameterName, parameterType.toString(),
                                column.name(), column.javaType().toString(), ParameterizedTypeName.get(
                                        ClassName.bestGuess(ValueKinds.erasedName(parameterType)),
                                        column.boxedType()).toString())
                        : ErrorMessages.queryParameterColumnType(name, parameterName, parameterType.toString(),
                                column.name(), column.javaType().toString()), parameter);
                clean = false;
            }
            declared.add(parameterName);
            parameters.add(new RepositoryDescriptor.Parameter(parameterName, TypeName.get(parameterType),
                    kind.orElse(null)));
        }
        if (clean) {
            sql = sql.withExpanded(lists);
        }
        for (String placeholder : new LinkedHashSet<>(sql.bindings())) {
            if (!declared.contains(placeholder)) {
                report.error(ErrorMessages.queryMissingParameter(name, placeholder), method, query,
                        Annotations.value(query, "value"));
                clean = false;
            }
        }
        TypeMirror returned = type.getReturnType();
        Optional<Shaped> wrapped = modifying ? Optional.empty() : wrapped(returned);
        Optional<TypeElement> record = wrapped.flatMap(shaped -> QueryRecords.record(shaped.element(), entity));
        if (record.isPresent()) {
            Optional<ResultRecordDescriptor> rows = QueryRecords.describe(method, record.get(), sql, report);
            return clean && rows.isPresent() ? Optional.of(new RepositoryDescriptor.Method(name,
                    TypeName.get(returned), parameters, wrapped.get().result(), null, sql, null,
                    TypeName.get(wrapped.get().element()), null, rows.get(), List.of(), List.of()))
                    : Optional.empty();
        }
        Optional<Shaped> result = modifying ? rowCount(returned) : rows(returned, sql, entity);
        if (result.isEmpty()) {
            report.error(ErrorMessages.queryReturnType(name, TypeName.get(returned).toString(), describe(sql),
                    supported(sql, entity)), method);
            return Optional.empty();
        }
        if (sql.column() != null && result.get().scalar() != null
                && !TypeName.get(result.get().element()).box().equals(sql.column().boxedType())) {
            report.error(ErrorMessages.queryColumnType(name, TypeName.get(returned).toString(), sql.column().name(),
                    sql.column().javaType().toString()), method);
            return Optional.empty();
        }
        return clean ? Optional.of(new RepositoryDescriptor.Method(name, TypeName.get(returned), parameters,
                result.get().result(), null, sql, result.get().scalar(),
                result.get().element() == null ? null : TypeName.get(result.get().element()), null, null, List.of(),
                List.of()))
                : Optional.empty();
    }

    /**
     * Whether {@code type} is a collection: one Quarry expands into an {@code IN} list if it is a
     * {@code Collection}, {@code List} or {@code Set} of a value type, else one it rejects.
     */
    private static boolean isCollection(TypeMirror type) {
        if (!(type instanceof DeclaredType declared)) {
            return false;
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals("java.util.Collection")) {
            return true;
        }
        List<TypeMirror> supertypes = new ArrayList<>(element.getInterfaces());
        supertypes.add(element.getSuperclass());
        return supertypes.stream().anyMatch(QueryMethods::isCollection);
    }

    /** {@code T} of a {@code Collection<T>}, {@code List<T>} or {@code Set<T>} (or of {@code ? extends T}). */
    private static Optional<TypeMirror> elementOf(TypeMirror type) {
        if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().size() != 1
                || !COLLECTIONS.contains(ValueKinds.erasedName(type))) {
            return Optional.empty();
        }
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument instanceof WildcardType wildcard) {
            return Optional.ofNullable(wildcard.getExtendsBound());
        }
        return Optional.of(argument);
    }

    /** A result shape, the scalar kind of one-column rows (null for entities), and the row type. */
    private record Shaped(Result result, ValueKind scalar, TypeMirror element) {
    }

    private static Optional<Shaped> rowCount(TypeMirror type) {
        TypeName name = TypeName.get(type);
        return Optional.ofNullable(name.equals(TypeName.VOID) ? new Shaped(Result.VOID, null, null)
                : name.box().equals(TypeName.LONG.box()) ? new Shaped(Result.LONG, null, null)
                : name.box().equals(TypeName.INT.box()) ? new Shaped(Result.INT, null, null) : null);
    }

    /** The row shape of a return type: one row, or an {@code Optional}, {@code List} or {@code Stream} of rows. */
    private static Optional<Shaped> wrapped(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            Result wrapper = WRAPPERS.get(ValueKinds.erasedName(type));
            if (wrapper != null) {
                return Optional.of(new Shaped(wrapper, null, declared.getTypeArguments().get(0)));
            }
        }
        return Optional.of(new Shaped(Result.ENTITY, null, type));
    }

    private static Optional<Shaped> rows(TypeMirror type, CheckedSql sql, EntityDescriptor entity) {
        Shaped wrapped = wrapped(type).orElseThrow();
        Result result = wrapped.result();
        TypeMirror element = wrapped.element();
        if (sql.shape() == CheckedSql.Shape.ENTITY && TypeName.get(element).equals(entity.entity())) {
            return Optional.of(new Shaped(result, null, element));
        }
        if (sql.shape() == CheckedSql.Shape.ONE_COLUMN && element.getKind() != TypeKind.VOID
                && (result == Result.ENTITY || !element.getKind().isPrimitive())) {
            Result shape = result;
            TypeMirror row = element;
            return ValueKinds.classify(row).map(kind -> new Shaped(shape, kind, row));
        }
        return Optional.empty();
    }

    private static String describe(CheckedSql sql) {
        return switch (sql.shape()) {
            case ENTITY -> "selects the entity's columns";
            case ONE_COLUMN -> "selects one column";
            case OTHER_COLUMNS -> "selects several columns that are not all of the entity's (select * or t.* maps"
                    + " to the entity)";
            case ROW_COUNT -> "changes rows";
        };
    }

    private static String supported(CheckedSql sql, EntityDescriptor entity) {
        String e = entity.entity().simpleName();
        return switch (sql.shape()) {
            case ENTITY -> e + ", Optional<" + e + ">, List<" + e + "> or Stream<" + e + ">";
            case ONE_COLUMN -> "a column type T (" + ValueKinds.SUPPORTED + "), Optional<T>, List<T> or Stream<T>";
            case OTHER_COLUMNS -> "a record whose components are named like the selected columns (or List, Optional"
                    + " or Stream of it), or select * for " + e;
            case ROW_COUNT -> "void, int or long (the number of rows changed)";
        };
    }
}
