package dev.quarry.internal.query;

import dev.quarry.exception.MappingException;
import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.BoundValue;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Function3;
import dev.quarry.query.TextQuery;
import dev.quarry.query.TextResult;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.ValueType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/** Raw SQL with named parameters; immutable, parsed once when created. */
final class TextQueryImpl implements TextQuery {
    private final Engine engine;
    private final ConnectionSource source;
    private final NamedParameters parsed;
    private final Map<String, BoundValue> values;

    private TextQueryImpl(Engine engine, ConnectionSource source, NamedParameters parsed, Map<String, BoundValue> values) {
        this.engine = engine;
        this.source = source;
        this.parsed = parsed;
        this.values = values;
    }

    static TextQuery of(Engine engine, ConnectionSource source, String sql) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("text(sql) needs a statement, not blank text");
        }
        return new TextQueryImpl(engine, source, NamedParameters.parse(sql), Map.of());
    }

    @Override
    public TextQuery bind(String name, Object value) {
        if (value == null) {
            throw new NullPointerException("bind(\"" + name + "\", null): use bindNull(name, type) for SQL NULL");
        }
        Class<?> type = ValueTypes.classOf(value);
        return with(name, new BoundValue(value, ValueTypes.of(type)));
    }

    @Override
    public TextQuery bindNull(String name, Class<?> type) {
        Objects.requireNonNull(type, "type");
        return with(name, new BoundValue(null, ValueTypes.of(type)));
    }

    private TextQuery with(String name, BoundValue value) {
        Objects.requireNonNull(name, "name");
        if (!parsed.names().contains(name)) {
            throw new IllegalArgumentException("the SQL has no parameter :" + name + (parsed.names().isEmpty()
                    ? " (it has none)" : "; its parameters are :" + String.join(", :", parsed.names())));
        }
        Map<String, BoundValue> changed = new HashMap<>(values);
        changed.put(name, value);
        return new TextQueryImpl(engine, source, parsed, Map.copyOf(changed));
    }

    @Override
    public List<String> parameterNames() {
        return parsed.names();
    }

    @Override
    public String toSql() {
        return parsed.sql();
    }

    /** Checks that every parameter is bound; binds them in order. */
    private List<BoundValue> bound() {
        List<String> missing = new ArrayList<>();
        for (String name : parsed.names()) {
            if (!values.containsKey(name)) {
                missing.add(":" + name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("parameter" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + (missing.size() > 1 ? " are" : " is") + " not bound: call bind(name, value) or bindNull(name, type)"
                    + " for each before running: " + parsed.sql());
        }
        List<BoundValue> ordered = new ArrayList<>(parsed.order().size());
        for (String name : parsed.order()) {
            ordered.add(values.get(name));
        }
        return ordered;
    }

    private static void bind(List<BoundValue> bound, ParameterBinder binder) throws SQLException {
        int index = 1;
        for (BoundValue value : bound) {
            binder.setObject(index++, value.value(), value.type());
        }
    }

    @Override
    public int execute() {
        List<BoundValue> bound = bound();
        return source.withConnection(connection -> engine.runner().update(connection, parsed.sql(),
                params -> bind(bound, params)));
    }

    // ------------------------------------------------------------------ reading

    /** Reads one row; {@code check} validates the result's columns once, before the first row. */
    private interface Reader<R> {
        R read(RowReader row) throws SQLException;

        default void check(ResultSetMetaData metadata) throws SQLException {
        }
    }

    @Override
    public <E> TextResult<E> as(EntityTable<E, ?> table) {
        Objects.requireNonNull(table, "table");
        EntityMapper<E, ?> mapper = table.mapper();
        return new Result<>(new Reader<E>() {
            @Override
            public E read(RowReader row) throws SQLException {
                return mapper.read(row, 1);
            }

            @Override
            public void check(ResultSetMetaData metadata) throws SQLException {
                List<ColumnSchema> columns = table.schema().columns();
                List<String> actual = new ArrayList<>();
                for (int i = 1; i <= metadata.getColumnCount(); i++) {
                    actual.add(metadata.getColumnLabel(i));
                }
                boolean same = actual.size() == columns.size();
                for (int i = 0; same && i < columns.size(); i++) {
                    same = columns.get(i).name().equalsIgnoreCase(actual.get(i));
                }
                if (!same) {
                    List<String> expected = new ArrayList<>();
                    columns.forEach(column -> expected.add(column.name()));
                    throw new MappingException("the query returns the columns " + actual + ", but reading "
                            + table.name() + " entities needs " + expected + " in that order: select * from "
                            + table.name() + " or list those columns");
                }
            }
        });
    }

    @Override
    public <A> TextResult<A> as(Class<A> type) {
        Column<A> a = new Column<>(type, 1);
        return new Result<>(row -> a.read(row));
    }

    @Override
    public <A, B> TextResult<Tuple2<A, B>> as(Class<A> first, Class<B> second) {
        return as(first, second, Tuple2::new);
    }

    @Override
    public <A, B, C> TextResult<Tuple3<A, B, C>> as(Class<A> first, Class<B> second, Class<C> third) {
        return as(first, second, third, Tuple3::new);
    }

    @Override
    public <A, B, R> TextResult<R> as(Class<A> first, Class<B> second,
                                      BiFunction<? super A, ? super B, ? extends R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        Column<A> a = new Column<>(first, 1);
        Column<B> b = new Column<>(second, 2);
        return new Result<>(row -> constructor.apply(a.read(row), b.read(row)));
    }

    @Override
    public <A, B, C, R> TextResult<R> as(Class<A> first, Class<B> second, Class<C> third,
                                         Function3<? super A, ? super B, ? super C, ? extends R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        Column<A> a = new Column<>(first, 1);
        Column<B> b = new Column<>(second, 2);
        Column<C> c = new Column<>(third, 3);
        return new Result<>(row -> constructor.apply(a.read(row), b.read(row), c.read(row)));
    }

    /** How to read one result column as a Java type. */
    private static final class Column<T> {
        private final Class<T> type;
        private final ValueType valueType;
        private final int index;

        Column(Class<T> type, int index) {
            this.type = Objects.requireNonNull(type, "type");
            this.valueType = ValueTypes.of(type);
            this.index = index;
        }

        T read(RowReader row) throws SQLException {
            Object value = row.getObject(index, valueType);
            if (value instanceof String name && type.isEnum()) {
                value = ValueTypes.enumConstant(type, name);
            }
            return type.cast(value);
        }
    }

    /** The query with a reader: runs it. */
    private final class Result<R> implements TextResult<R> {
        private final Reader<R> reader;

        Result(Reader<R> reader) {
            this.reader = reader;
        }

        private List<R> run(int most) {
            List<BoundValue> bound = bound();
            return source.withConnection(connection -> engine.runner().query(connection, parsed.sql(),
                    params -> bind(bound, params), (ResultSet result, RowReader row) -> {
                        reader.check(result.getMetaData());
                        List<R> rows = new ArrayList<>();
                        while ((most < 0 || rows.size() < most) && result.next()) {
                            rows.add(reader.read(row));
                        }
                        return rows;
                    }));
        }

        @Override
        public List<R> fetch() {
            return run(-1);
        }

        @Override
        public Optional<R> findOne() {
            List<R> rows = run(2);
            if (rows.size() > 1) {
                throw new NonUniqueResultException("more than one row matches a query expected to return at most one: "
                        + parsed.sql());
            }
            return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
        }

        @Override
        public R one() {
            return findOne().orElseThrow(() -> new NoResultException("no row matches the query: " + parsed.sql()));
        }

        @Override
        public String toString() {
            return parsed.sql();
        }
    }

    @Override
    public String toString() {
        return parsed.sql();
    }
}
