package dev.quarry.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.model.RepositoryDescriptor;
import dev.quarry.processor.model.ResultRecordDescriptor;
import dev.quarry.processor.model.ValueKind;
import dev.quarry.processor.sql.CheckedSql;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of a {@code @Query} method: the checked JDBC text, a lambda binding each {@code ?}
 * to its parameter with the typed binder method, and a lambda reading each row through the
 * entity's generated mapper, the typed reader method, or a user record's canonical constructor.
 * A collection parameter's {@code ?} is not bound by the lambda: it goes to the runtime as a
 * {@code ListParameter}, which expands it into one {@code ?} per element when the statement runs.
 */
final class QueryCode {
    /** The runtime's description of a collection parameter, expanded into an {@code IN} list at execution. */
    private static final ClassName LIST_PARAMETER = ClassName.get("dev.quarry.spi", "ListParameter");

    private QueryCode() {
    }

    static CodeBlock body(RepositoryDescriptor repository, RepositoryDescriptor.Method method) {
        CheckedSql sql = method.sql();
        Set<String> used = new HashSet<>();
        method.parameters().forEach(parameter -> used.add(parameter.name()));
        String params = fresh("params", used);
        String row = fresh("row", used);
        CodeBlock binding = binding(method, sql, params);
        CodeBlock statement = statement(method, sql);
        CodeBlock.Builder code = CodeBlock.builder();
        switch (method.result()) {
            case VOID -> {
                return code.addStatement("execute($L,\n$L)", statement, binding).build();
            }
            case INT -> {
                return code.addStatement("return execute($L,\n$L)", statement, binding).build();
            }
            case LONG -> {
                return code.addStatement("return (long) execute($L,\n$L)", statement, binding).build();
            }
            default -> {
                // rows below
            }
        }
        CodeBlock mapping = method.rowRecord() != null
                ? CodeBlock.of("$N -> $L", row, construct(method.rowRecord(), row))
                : method.scalar() == null
                ? CodeBlock.of("$N -> $N.mapper().read($N, 1)", row, repository.entity().constant(), row)
                : CodeBlock.of("$N -> $L", row, read(method.scalar(), method.element(), row, 1));
        String runner = switch (method.result()) {
            case ENTITY -> "queryOne";
            case OPTIONAL -> "queryOptional";
            case LIST -> "queryList";
            case STREAM -> "queryStream";
            default -> throw new IllegalStateException("unexpected result " + method.result());
        };
        return code.addStatement("return $N($L,\n$L,\n$L)", runner, statement, binding, mapping).build();
    }

    /**
     * The SQL text, and when collection parameters are expanded, their list: one
     * {@code new ListParameter(index, offset, "name", name, ValueType.T)} per use, in statement order.
     */
    private static CodeBlock statement(RepositoryDescriptor.Method method, CheckedSql sql) {
        if (sql.expanded().isEmpty()) {
            return CodeBlock.of("$S", sql.jdbc());
        }
        List<CodeBlock> lists = new ArrayList<>();
        for (int i = 0; i < sql.bindings().size(); i++) {
            String name = sql.bindings().get(i);
            if (sql.expanded().contains(name)) {
                lists.add(CodeBlock.of("new $T($L, $L, $S, $N, $T.$L)", LIST_PARAMETER, i + 1, sql.offsets().get(i),
                        name, name, RuntimeTypes.VALUE_TYPE, parameter(method, name).kind().name()));
            }
        }
        return lists.size() == 1 ? CodeBlock.of("$S,\n$T.of($L)", sql.jdbc(), List.class, lists.get(0))
                : CodeBlock.of("$S,\n$T.of(\n$>$>$L$<$<)", sql.jdbc(), List.class, CodeBlock.join(lists, ",\n"));
    }

    /** The lambda binding each placeholder but the expanded collections, by its position in the SQL as written. */
    private static CodeBlock binding(RepositoryDescriptor.Method method, CheckedSql sql, String params) {
        List<CodeBlock> binds = new ArrayList<>();
        for (int i = 0; i < sql.bindings().size(); i++) {
            if (!sql.expanded().contains(sql.bindings().get(i))) {
                binds.add(bind(method, sql.bindings().get(i), params, i + 1));
            }
        }
        if (binds.isEmpty()) {
            return CodeBlock.of("$T.NONE", RuntimeTypes.PARAMETER_BINDING);
        }
        if (binds.size() == 1) {
            return CodeBlock.of("$N -> $L", params, binds.get(0));
        }
        CodeBlock.Builder lambda = CodeBlock.builder().add("$N -> {\n$>", params);
        for (CodeBlock bind : binds) {
            lambda.add("$L;\n", bind);
        }
        return lambda.add("$<}").build();
    }

    private static RepositoryDescriptor.Parameter parameter(RepositoryDescriptor.Method method, String name) {
        return method.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static CodeBlock bind(RepositoryDescriptor.Method method, String name, String params, int index) {
        RepositoryDescriptor.Parameter parameter = parameter(method, name);
        ValueKind kind = parameter.kind();
        String suffix = kind.hasPrimitiveForm() && !parameter.type().isPrimitive() ? "OrNull" : "";
        return CodeBlock.of("$N.set$L$L($L, $N)", params, kind.accessorSuffix(), suffix, index, name);
    }

    /** {@code new NameAge(row.getString(1), row.getInt(2))}: each component from its item's position. */
    private static CodeBlock construct(ResultRecordDescriptor record, String row) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (ResultRecordDescriptor.Component component : record.components()) {
            arguments.add(read(component.kind(), component.type(), row, component.index()));
        }
        return CodeBlock.of("new $T($L)", record.type(), CodeBlock.join(arguments, ", "));
    }

    private static CodeBlock read(ValueKind kind, TypeName type, String row, int index) {
        if (kind == ValueKind.ENUM) {
            return CodeBlock.of("$N.getEnum($L, $T::valueOf)", row, index, type);
        }
        String suffix = kind.hasPrimitiveForm() && !type.isPrimitive() ? "OrNull" : "";
        return CodeBlock.of("$N.get$L$L($L)", row, kind.accessorSuffix(), suffix, index);
    }

    /** {@code base}, or {@code base} with a number when a method parameter already has that name. */
    static String fresh(String base, Set<String> used) {
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            name = base + i;
        }
        used.add(name);
        return name;
    }
}
