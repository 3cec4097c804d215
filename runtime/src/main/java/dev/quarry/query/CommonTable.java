package dev.quarry.query;

import dev.quarry.internal.query.Columns;
import dev.quarry.internal.query.Subqueries;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.TableSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A table defined by a query, read through typed columns: a common table expression
 * ({@code WITH name(a, b) AS (...)}, plain or recursive) or a derived table in {@code FROM}
 * ({@code FROM (SELECT ...) AS name}). Queries select from it and join it like any table; it
 * cannot be written. The typed tables of two to six columns, {@link CommonTable2} to
 * {@link CommonTable6}, are what users create and name; this class carries what they share.
 * Immutable once defined.
 *
 * @param <R> the type of one row: the tuple of the columns' values
 */
public abstract class CommonTable<R> extends AbstractEntityTable<R, Void> {
    /** The column names of a derived table, in order: as its typed columns are named. */
    private static final List<String> POSITIONS = List.of("first", "second", "third", "fourth", "fifth", "sixth");

    private final Definition<R> definition;

    /** How the table is defined: rendered in a {@code WITH} clause, or in place in {@code FROM}. */
    enum Kind {
        PLAIN, RECURSIVE, DERIVED
    }

    /**
     * What every alias of one table shares: its schema, column types, row constructor and query
     * (set once, after construction for a recursive table, which reads itself).
     */
    static final class Definition<R> {
        private final TableSchema schema;
        private final List<Class<?>> types;
        private final Class<?> rowClass;
        private final Function<Object[], R> rows;
        private final Kind kind;
        private SelectStatement query;

        private Definition(TableSchema schema, List<Class<?>> types, Class<?> rowClass, Function<Object[], R> rows,
                           Kind kind) {
            this.schema = schema;
            this.types = List.copyOf(types);
            this.rowClass = rowClass;
            this.rows = rows;
            this.kind = kind;
        }
    }

    @SuppressWarnings("unchecked") // the mapper was created for this table's row type just above
    CommonTable(Definition<R> definition, String alias) {
        super(definition.schema, new Mapper<>(), alias);
        this.definition = definition;
        ((Mapper<R>) mapper()).table = this;
    }

    /**
     * The definition of a common table {@code WITH name(columns...) AS (query)}; {@code query} is
     * {@code null} for a recursive one, set by {@link #define} once the table exists.
     */
    static <R> Definition<R> common(String name, boolean recursive, List<String> columns, List<Class<?>> types,
                                    Class<?> rowClass, Function<Object[], R> rows, SelectStatement query) {
        Definition<R> definition = new Definition<>(schema(name, columns, types), types, rowClass, rows,
                recursive ? Kind.RECURSIVE : Kind.PLAIN);
        definition.query = recursive ? null : Objects.requireNonNull(query, "query");
        return definition;
    }

    /**
     * The definition of a derived table {@code (query) AS alias}, whose columns are named
     * {@code first}, {@code second}, ... and typed by the query's expressions.
     */
    static <R> Definition<R> derived(String alias, int arity, Class<?> rowClass, Function<Object[], R> rows,
                                     SelectStatement query) {
        Objects.requireNonNull(alias, "alias");
        List<Class<?>> types = Subqueries.columnTypes(Objects.requireNonNull(query, "query"), arity);
        Definition<R> definition = new Definition<>(schema(requireAlias(alias), POSITIONS.subList(0, arity), types),
                types, rowClass, rows, Kind.DERIVED);
        definition.query = query;
        return definition;
    }

    /** Sets the query of a recursive table, which {@code definition} builds from the table itself. */
    static <T extends CommonTable<?>> T define(T table, Function<? super T, ? extends SelectStatement> definition) {
        Objects.requireNonNull(definition, "definition");
        ((CommonTable<?>) table).definition.query = Objects.requireNonNull(definition.apply(table),
                "the definition returned null");
        return table;
    }

    private static TableSchema schema(String name, List<String> columns, List<Class<?>> types) {
        Objects.requireNonNull(name, "name");
        Set<String> names = new HashSet<>();
        List<ColumnSchema> schemas = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            String column = Objects.requireNonNull(columns.get(i), "column name");
            if (!names.add(column)) {
                throw new IllegalArgumentException("the columns of " + name + " need different names (" + column
                        + " is given twice)");
            }
            schemas.add(new ColumnSchema(column, column, Columns.valueType(Objects.requireNonNull(types.get(i),
                    "column type")), 0, 0, 0, true, false, null));
        }
        return new TableSchema(name, schemas, List.of(), List.of(), List.of());
    }

    /** What this table shares with its aliases (for {@code as}). */
    final Definition<R> definitionForAlias() {
        return definition;
    }

    /** The typed column {@code index}, created once per column, in order, by the constructor. */
    @SuppressWarnings("unchecked") // the typed tables declare T as the type given for this column
    final <T> Column<R, T> typedColumn(int index) {
        return column(index, (Class<T>) definition.types.get(index));
    }

    /**
     * The query that defines the table.
     *
     * @return the defining query
     */
    public final SelectStatement definition() {
        return definition.query;
    }

    /**
     * Whether the table is a common table defined recursively ({@code WITH RECURSIVE}).
     *
     * @return {@code true} for a {@code WITH RECURSIVE} table
     */
    public final boolean isRecursive() {
        return definition.kind == Kind.RECURSIVE;
    }

    /**
     * Whether the table is a derived table, rendered in place in {@code FROM} rather than in {@code WITH}.
     *
     * @return {@code true} for a derived table
     */
    public final boolean isDerived() {
        return definition.kind == Kind.DERIVED;
    }

    @Override
    public abstract CommonTable<R> as(String alias);

    /** Reads rows as tuples; a table defined by a query is never written. */
    private static final class Mapper<R> implements EntityMapper<R, Void> {
        private CommonTable<R> table;

        @Override
        @SuppressWarnings("unchecked") // rows are tuples, whose class literal cannot carry type arguments
        public Class<R> entityClass() {
            return (Class<R>) table.definition.rowClass;
        }

        @Override
        public R read(RowReader row, int first) throws SQLException {
            List<Column<R, ?>> columns = table.columns();
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Columns.read(columns.get(i), row, first + i);
            }
            return table.definition.rows.apply(values);
        }

        private UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("the " + (table.isDerived() ? "derived" : "common") + " table "
                    + table.name() + " is a query: it can be read, not written");
        }

        @Override
        public long omittedDefaults(R entity) {
            throw readOnly();
        }

        @Override
        public int bindInsert(R entity, long omitted, ParameterBinder params, int first) {
            throw readOnly();
        }

        @Override
        public R withReturned(R entity, long omitted, RowReader row) {
            throw readOnly();
        }

        @Override
        public Void key(R entity) {
            throw readOnly();
        }

        @Override
        public int bindKey(Void key, ParameterBinder params, int first) {
            throw readOnly();
        }
    }
}
