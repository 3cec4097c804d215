package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.sql.CheckedSql;
import java.util.List;
import java.util.Objects;

/**
 * Everything the writer needs to implement one {@code @Repository} interface.
 *
 * @param repository     the interface
 * @param implementation the generated class ({@code UserRepository_Impl})
 * @param entity         the entity the repository reads and writes
 * @param crud           whether it extends {@code CrudRepository} (else {@code ReadRepository})
 * @param inject         whether {@code jakarta.inject} is on the class path
 * @param methods        the methods to generate, sorted by name and then parameter types
 */
public record RepositoryDescriptor(ClassName repository, ClassName implementation, EntityDescriptor entity,
        boolean crud, boolean inject, List<Method> methods) {

    public RepositoryDescriptor {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(entity, "entity");
        methods = List.copyOf(methods);
    }

    /** What a generated method returns, and so how it runs its query. */
    public enum Result {
        ENTITY, OPTIONAL, LIST, STREAM, PAGE, SLICE, LONG, INT, BOOLEAN, VOID
    }

    /**
     * One method parameter.
     *
     * @param name the parameter name
     * @param type its declared type
     * @param kind how a {@code @Query} method binds it; {@code null} for derived queries
     * @param load whether it is a load option ({@code Load<E, ?>}) of a derived finder, which the
     *             query gets with {@code .load(...)} instead of as a criterion's value
     */
    public record Parameter(String name, TypeName type, ValueKind kind, boolean load) {
        /** A parameter that is not a load option. */
        public Parameter(String name, TypeName type, ValueKind kind) {
            this(name, type, kind, false);
        }
    }

    /**
     * One generated method: a derived query ({@code query}) or a {@code @Query} ({@code sql}).
     *
     * @param name       the method name
     * @param returnType the declared return type
     * @param parameters the parameters, in order
     * @param result     how the result is produced
     * @param query      the parsed name, or {@code null} for a {@code @Query} method
     * @param sql        the checked SQL of a {@code @Query} method, or {@code null}
     * @param scalar     the value kind of a {@code @Query} returning one column, else {@code null}
     * @param element    the row type of a {@code @Query} returning rows (entity, record or scalar), else {@code null}
     * @param projection the record a derived finder returns instead of the entity, else {@code null}
     * @param rowRecord  the record a {@code @Query} method reads its rows into, else {@code null}
     * @param loadWith   the paths of a derived finder's {@code @LoadWith}, in the order written (applied
     *                   before its load option parameters); empty for other methods
     * @param conflict   the properties of an {@code upsertBy...} method, in name order: the columns of the
     *                   unique constraint it inserts or updates on; empty for other methods
     */
    public record Method(String name, TypeName returnType, List<Parameter> parameters, Result result,
            DerivedQuery query, CheckedSql sql, ValueKind scalar, TypeName element, ProjectionDescriptor projection,
            ResultRecordDescriptor rowRecord, List<LoadPath> loadWith, List<String> conflict) {
        public Method {
            parameters = List.copyOf(parameters);
            loadWith = List.copyOf(loadWith);
            conflict = List.copyOf(conflict);
            int kinds = (query != null ? 1 : 0) + (sql != null ? 1 : 0) + (conflict.isEmpty() ? 0 : 1);
            if (kinds != 1) {
                throw new IllegalArgumentException("a method is either a derived query, @Query or an upsert: " + name);
            }
        }

        /** Whether this is an {@code upsertBy...} method. */
        public boolean upsert() {
            return !conflict.isEmpty();
        }

        /** The parameters that are not load options: the criteria's values, then a {@code PageRequest}. */
        public List<Parameter> values() {
            return parameters.stream().filter(parameter -> !parameter.load()).toList();
        }

        /** The names of the load options, in parameter order. */
        public List<String> loads() {
            return parameters.stream().filter(Parameter::load).map(Parameter::name).toList();
        }
    }

    /** The column of a property. */
    public ColumnDescriptor column(String property) {
        return entity.columns().stream().filter(c -> c.property().equals(property)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no property " + property));
    }
}
