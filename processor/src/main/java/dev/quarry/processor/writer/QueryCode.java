package dev.quarry.processor.writer;

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
 */
final class QueryCode {
    private QueryCode() {
    }

    static CodeBlock body(RepositoryDescriptor repository, RepositoryDescriptor.Method method) {
        CheckedSql sql = method.sql();
        Set<String> used = new HashSet<>();
        method.parameters().forEach(parameter -> used.add(parameter.name()));
        String params = fresh("params", used);
        String row = fresh("row", used);
        CodeBlock binding = binding(method, sql.bindings(), params);
        CodeBlock.Builder code = CodeBlock.builder();
        switch (method.result()) {
            case VOID -> {
                return code.addStatement("execute($S,\n$L)", sql.jdbc(), binding).build();
            }
            case INT -> {
                return code.addStatement("return execute($S,\n$L)", sql.jdbc(), binding).build();
            }
            case LONG -> {
                return code.addStatement("return (long) execute($S,\n$L)", sql.jdbc(), binding).build();
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
        return code.addStatement("return $N($S,\n$L,\n$L)", runner, sql.jdbc(), binding, mapping).build();
    }

    private static CodeBlock binding(RepositoryDescriptor.Method method, List<String> bindings, String params) {
        if (bindings.isEmpty()) {
            return CodeBlock.of("$T.NONE", RuntimeTypes.PARAMETER_BINDING);
        }
        if (bindings.size() == 1) {
            return CodeBlock.of("$N -> $L", params, bind(method, bindings.get(0), params, 1));
        }
        CodeBlock.Builder lambda = CodeBlock.builder().add("$N -> {\n$>", params);
        for (int i = 0; i < bindings.size(); i++) {
            lambda.add("$L;\n", bind(method, bindings.get(i), params, i + 1));
        }
        return lambda.add("$<}").build();
    }

    private static CodeBlock bind(RepositoryDescriptor.Method method, String name, String params, int index) {
        RepositoryDescriptor.Parameter parameter = method.parameters().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
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
