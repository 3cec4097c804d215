package dev.quarry.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.DerivedQuery;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.LoadPath;
import dev.quarry.processor.model.RepositoryDescriptor;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XRepository_Impl}: the inherited methods come from the base class, each finder is
 * DSL code on the base class's {@code select()} (the database's, or a session's), each derived
 * delete calls its {@code deleteRows}, each {@code upsertBy...} its {@code upsertOn}.
 */
public final class RepositoryWriter extends SourceFileWriter<RepositoryDescriptor> {
    /** The runtime's load option type, whose factories start a {@code @LoadWith} path. */
    private static final ClassName LOAD = ClassName.get("dev.quarry.query", "Load");

    public RepositoryWriter(Filer filer, Diagnostics diagnostics) {
        super(filer, diagnostics);
    }

    @Override
    protected ClassName typeName(RepositoryDescriptor repository) {
        return repository.implementation();
    }

    @Override
    protected TypeSpec.Builder type(RepositoryDescriptor repository) {
        EntityDescriptor entity = repository.entity();
        ClassName base = repository.crud() ? RuntimeTypes.ABSTRACT_CRUD_REPOSITORY
                : RuntimeTypes.ABSTRACT_READ_REPOSITORY;
        TypeSpec.Builder type = TypeSpec.classBuilder(repository.implementation())
                .addJavadoc("Implementation of {@link $T}, generated from its method names.\n",
                        repository.repository())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(base, entity.entity(), entity.keyType()))
                .addSuperinterface(repository.repository());
        if (repository.inject()) {
            type.addAnnotation(RuntimeTypes.SINGLETON);
        }
        type.addField(FieldSpec.builder(entity.metamodel(), entity.constant(), Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("$T.$N", entity.metamodel(), entity.constant()).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("Creates the repository over {@code database}; calls join the caller's transaction.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.DATABASE, "database")
                .addStatement("super(database, $N)", entity.constant());
        if (repository.inject()) {
            constructor.addAnnotation(RuntimeTypes.INJECT);
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("Creates the repository in {@code session}: reads go through its identity map, saves and\n"
                        + "deletes are sent by its flush.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.SESSION, "session")
                .addStatement("super(session, $N)", entity.constant())
                .build());
        for (RepositoryDescriptor.Method method : repository.methods()) {
            type.addMethod(method(repository, method));
        }
        return suppress(type, entity.suppressions());
    }

    private static MethodSpec method(RepositoryDescriptor repository, RepositoryDescriptor.Method method) {
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(method.returnType());
        for (RepositoryDescriptor.Parameter parameter : method.parameters()) {
            spec.addParameter(parameter.type(), parameter.name());
        }
        spec.addCode(body(repository, method));
        return spec.build();
    }

    private static CodeBlock body(RepositoryDescriptor repository, RepositoryDescriptor.Method method) {
        if (method.sql() != null) {
            return QueryCode.body(repository, method);
        }
        String table = repository.entity().constant();
        if (method.upsert()) {
            List<CodeBlock> conflict = new ArrayList<>();
            for (String property : method.conflict()) {
                conflict.add(CodeBlock.of("$N.$N", table, repository.column(property).property()));
            }
            return CodeBlock.of("return upsertOn($T.of($L), $N);\n", List.class, CodeBlock.join(conflict, ", "),
                    method.parameters().get(0).name());
        }
        DerivedQuery query = method.query();
        CodeBlock condition = condition(repository, method);
        CodeBlock.Builder code = CodeBlock.builder();
        if (query.action() == DerivedQuery.Action.DELETE) {
            code.add(method.result() == RepositoryDescriptor.Result.VOID ? "" : "return ");
            code.add(method.result() == RepositoryDescriptor.Result.LONG ? "(long) " : "");
            code.add(condition == null ? CodeBlock.of("deleteRows()") : CodeBlock.of("deleteRows($L)", condition));
            return code.add(";\n").build();
        }
        List<CodeBlock> steps = new ArrayList<>();
        if (condition != null) {
            steps.add(CodeBlock.of(".where($L)", condition));
        }
        if (query.action() == DerivedQuery.Action.FIND && !query.orders().isEmpty()) {
            List<CodeBlock> sorts = new ArrayList<>();
            for (DerivedQuery.Order order : query.orders()) {
                sorts.add(CodeBlock.of("$N.$N.$N()", table, order.property(), order.descending() ? "desc" : "asc"));
            }
            CodeBlock joined = CodeBlock.join(sorts, ", ");
            steps.add(sorts.size() <= 3 ? CodeBlock.of(".orderBy($L)", joined)
                    : CodeBlock.of(".orderBy($T.of($L))", List.class, joined));
        }
        if (query.limit() > 0 && query.action() == DerivedQuery.Action.FIND) {
            steps.add(CodeBlock.of(".limit($L)", query.limit()));
        }
        for (LoadPath path : method.loadWith()) {
            steps.add(CodeBlock.of(".load($L)", loadOption(repository, path)));
        }
        for (String load : method.loads()) {
            steps.add(CodeBlock.of(".load($N)", load));
        }
        List<RepositoryDescriptor.Parameter> values = method.values();
        String last = values.isEmpty() ? null : values.get(values.size() - 1).name();
        CodeBlock select = CodeBlock.of("select()");
        if (method.projection() != null) {
            return projected(repository, method, select, steps, last);
        }
        switch (method.result()) {
            case PAGE -> {
                return code.add("return page($L", select).add(chain(steps)).add(", $N);\n", last).build();
            }
            case SLICE -> {
                return code.add("return slice($L", select).add(chain(steps)).add(", $N);\n", last).build();
            }
            default -> {
                // a plain chain below
            }
        }
        if (method.result() == RepositoryDescriptor.Result.BOOLEAN) {
            steps.add(CodeBlock.of(".limit(1)"));
        }
        steps.add(CodeBlock.of(switch (method.result()) {
            case ENTITY -> ".one()";
            case OPTIONAL -> ".findOne()";
            case LIST -> ".fetch()";
            case STREAM -> ".stream()";
            case LONG, INT -> ".count()";
            case BOOLEAN -> ".count() > 0";
            default -> throw new IllegalStateException("unexpected result " + method.result());
        }));
        code.add("return ");
        if (method.result() == RepositoryDescriptor.Result.INT) {
            code.add("$T.toIntExact(", Math.class);
        }
        code.add(select).add(chain(steps));
        if (method.result() == RepositoryDescriptor.Result.INT) {
            code.add(")");
        }
        return code.add(";\n").build();
    }

    /**
     * A finder returning a record: the entity query, then {@code .select(properties...)} with
     * {@code .into(Record::new)} (or, for one component, {@code .map(Record::new)}).
     */
    private static CodeBlock projected(RepositoryDescriptor repository, RepositoryDescriptor.Method method,
            CodeBlock select, List<CodeBlock> steps, String last) {
        String table = repository.entity().constant();
        List<String> properties = method.projection().properties();
        List<CodeBlock> columns = new ArrayList<>();
        for (String property : properties) {
            columns.add(CodeBlock.of("$N.$N", table, repository.column(property).property()));
        }
        List<CodeBlock> projection = new ArrayList<>();
        projection.add(CodeBlock.of(".select($L)", CodeBlock.join(columns, ", ")));
        projection.add(CodeBlock.of(properties.size() == 1 ? ".map($T::new)" : ".into($T::new)",
                method.projection().type()));
        if (method.query().distinct()) {
            projection.add(CodeBlock.of(".distinct()"));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        if (method.result() == RepositoryDescriptor.Result.PAGE || method.result() == RepositoryDescriptor.Result.SLICE) {
            Set<String> used = new HashSet<>();
            method.parameters().forEach(parameter -> used.add(parameter.name()));
            String query = QueryCode.fresh("query", used);
            CodeBlock.Builder lambda = CodeBlock.builder().add("$N -> $N", query, query);
            projection.forEach(lambda::add);
            return code.add("return $N($L", method.result() == RepositoryDescriptor.Result.PAGE ? "page" : "slice",
                    select).add(chain(steps)).add(",\n$>$>$L,\n$N$<$<);\n", lambda.build(), last).build();
        }
        List<CodeBlock> all = new ArrayList<>(steps);
        all.addAll(projection);
        all.add(CodeBlock.of(switch (method.result()) {
            case ENTITY -> ".one()";
            case OPTIONAL -> ".findOne()";
            case LIST -> ".fetch()";
            case STREAM -> ".stream()";
            default -> throw new IllegalStateException("unexpected projection result " + method.result());
        }));
        return code.add("return ").add(select).add(chain(all)).add(";\n").build();
    }

    /** {@code Load.selectIn(USER.posts).then(Post_.POST.tags)}: a {@code @LoadWith} path as a load option. */
    private static CodeBlock loadOption(RepositoryDescriptor repository, LoadPath path) {
        CodeBlock.Builder option = CodeBlock.builder().add("$T.$N($L)", LOAD, path.joined() ? "joined" : "selectIn",
                relation(repository, path.levels().get(0)));
        for (LoadPath.Level level : path.levels().subList(1, path.levels().size())) {
            option.add(".then($L)", relation(repository, level));
        }
        return option.build();
    }

    /** {@code USER.posts} on the repository's own table constant, else {@code Post_.POST.tags}. */
    private static CodeBlock relation(RepositoryDescriptor repository, LoadPath.Level level) {
        EntityDescriptor entity = repository.entity();
        if (level.source().equals(entity.entity())) {
            return CodeBlock.of("$N.$N", entity.constant(), level.property());
        }
        return CodeBlock.of("$T.$N.$N", level.metamodel(), level.constant(), level.property());
    }

    /** The steps on continuation lines, indented twice. */
    private static CodeBlock chain(List<CodeBlock> steps) {
        CodeBlock.Builder chain = CodeBlock.builder().add("$>$>");
        for (CodeBlock step : steps) {
            chain.add("\n$L", step);
        }
        return chain.add("$<$<").build();
    }

    /** The criteria: {@code a.and(b).or(c)}, or {@code null} when there are none. */
    private static CodeBlock condition(RepositoryDescriptor repository, RepositoryDescriptor.Method method) {
        List<List<DerivedQuery.Criterion>> groups = method.query().groups();
        if (groups.isEmpty()) {
            return null;
        }
        Iterator<RepositoryDescriptor.Parameter> values = method.values().iterator();
        List<CodeBlock> ors = new ArrayList<>();
        for (List<DerivedQuery.Criterion> group : groups) {
            CodeBlock.Builder and = CodeBlock.builder();
            for (int i = 0; i < group.size(); i++) {
                CodeBlock criterion = criterion(repository, group.get(i), values);
                and.add(i == 0 ? "$L" : ".and($L)", criterion);
            }
            ors.add(and.build());
        }
        CodeBlock.Builder condition = CodeBlock.builder().add("$L", ors.get(0));
        for (int i = 1; i < ors.size(); i++) {
            condition.add(".or($L)", ors.get(i));
        }
        return condition.build();
    }

    /** One criterion, taking its values from {@code values} (the parameters that are not load options). */
    private static CodeBlock criterion(RepositoryDescriptor repository, DerivedQuery.Criterion criterion,
            Iterator<RepositoryDescriptor.Parameter> values) {
        ColumnDescriptor column = repository.column(criterion.property());
        CodeBlock target = CodeBlock.of("$N.$N", repository.entity().constant(), column.property());
        List<String> args = new ArrayList<>();
        for (int k = 0; k < criterion.operator().parameters(); k++) {
            args.add(values.next().name());
        }
        String a = args.isEmpty() ? null : args.get(0);
        if (criterion.ignoreCase()) {
            return ignoringCase(criterion, target, args);
        }
        return switch (criterion.operator()) {
            case EQUALS -> CodeBlock.of("$L.eq($N)", target, a);
            case NOT_EQUALS -> CodeBlock.of("$L.ne($N)", target, a);
            case LESS_THAN -> CodeBlock.of("$L.lt($N)", target, a);
            case LESS_THAN_EQUAL -> CodeBlock.of("$L.le($N)", target, a);
            case GREATER_THAN -> CodeBlock.of("$L.gt($N)", target, a);
            case GREATER_THAN_EQUAL -> CodeBlock.of("$L.ge($N)", target, a);
            case BETWEEN -> CodeBlock.of("$L.between($N, $N)", target, a, args.get(1));
            case IS_NULL -> CodeBlock.of("$L.isNull()", target);
            case IS_NOT_NULL -> CodeBlock.of("$L.isNotNull()", target);
            case LIKE -> CodeBlock.of("$L.like($N)", target, a);
            case NOT_LIKE -> CodeBlock.of("$L.notLike($N)", target, a);
            case STARTING_WITH -> CodeBlock.of("$L.like($N + \"%\")", target, a);
            case ENDING_WITH -> CodeBlock.of("$L.like(\"%\" + $N)", target, a);
            case CONTAINING -> CodeBlock.of("$L.like(\"%\" + $N + \"%\")", target, a);
            case IN -> CodeBlock.of("$L.in($N)", target, a);
            case NOT_IN -> CodeBlock.of("$L.notIn($N)", target, a);
            case TRUE -> CodeBlock.of("$L.eq(true)", target);
            case FALSE -> CodeBlock.of("$L.eq(false)", target);
        };
    }

    /** {@code lower(column) = lower(?)} and the other comparisons of lower-cased text. */
    private static CodeBlock ignoringCase(DerivedQuery.Criterion criterion, CodeBlock target, List<String> args) {
        CodeBlock lowered = CodeBlock.of("$T.lower($L)", RuntimeTypes.SQL, target);
        List<CodeBlock> values = new ArrayList<>();
        for (String arg : args) {
            values.add(CodeBlock.of("$T.lower($T.value($N))", RuntimeTypes.SQL, RuntimeTypes.SQL, arg));
        }
        String comparison = switch (criterion.operator()) {
            case EQUALS -> "eq";
            case NOT_EQUALS -> "ne";
            case LESS_THAN -> "lt";
            case LESS_THAN_EQUAL -> "le";
            case GREATER_THAN -> "gt";
            case GREATER_THAN_EQUAL -> "ge";
            case BETWEEN -> null;
            default -> throw new IllegalStateException("IgnoreCase with " + criterion.operator());
        };
        if (comparison == null) {
            return CodeBlock.of("$L.ge($L).and($L.le($L))", lowered, values.get(0), lowered, values.get(1));
        }
        return CodeBlock.of("$L.$N($L)", lowered, comparison, values.get(0));
    }
}
