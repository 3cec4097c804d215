package dev.quarry.query;

import dev.quarry.internal.query.Columns;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.TableSchema;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A common table expression of two typed columns: a named query that other queries select from
 * and join like a table. A query that reads it renders {@code WITH [RECURSIVE] "name"("a", "b")
 * AS (...)} in front of itself. Immutable once defined.
 *
 * <pre>{@code
 * // every category under "Books", walking the tree
 * CommonTable2<Long, String> tree = CommonTable2.recursive("tree", "id", Long.class, "name", String.class,
 *         self -> db.select(CATEGORY).where(CATEGORY.name.eq("Books")).select(CATEGORY.id, CATEGORY.name)
 *                 .unionAll(db.select(CATEGORY).join(self).on(CATEGORY.parentId.eq(self.first))
 *                         .select(CATEGORY.id, CATEGORY.name)));
 * List<String> names = db.select(tree).select(tree.second).orderBy(tree.second.asc()).fetch();
 * }</pre>
 *
 * <p>Its rows read as {@link Tuple2}s ({@code db.select(tree).fetch()}); it cannot be written.
 *
 * @param <A> the type of the first column
 * @param <B> the type of the second column
 */
public final class CommonTable2<A, B> extends AbstractEntityTable<Tuple2<A, B>, Void> {
    /** The first column. */
    public final Column<Tuple2<A, B>, A> first;
    /** The second column. */
    public final Column<Tuple2<A, B>, B> second;
    private final Definition definition;
    private final Class<A> firstType;
    private final Class<B> secondType;

    /** The defining query, set once (after construction for a recursive one, which reads itself). */
    private static final class Definition {
        private SelectStatement query;
        private final boolean recursive;

        Definition(boolean recursive) {
            this.recursive = recursive;
        }
    }

    @SuppressWarnings("unchecked") // the mapper was created for this table's types just above
    private CommonTable2(TableSchema schema, Class<A> firstType, Class<B> secondType, Definition definition,
                         String alias) {
        super(schema, new Mapper<>(), alias);
        this.first = column(0, firstType);
        this.second = column(1, secondType);
        this.definition = definition;
        this.firstType = firstType;
        this.secondType = secondType;
        ((Mapper<A, B>) mapper()).table = this;
    }

    /**
     * {@code WITH name(firstColumn, secondColumn) AS (query)}: the query's two expressions have the
     * columns' types, checked by {@code javac}.
     */
    public static <A, B> CommonTable2<A, B> of(String name, String firstColumn, Class<A> firstType, String secondColumn,
                                               Class<B> secondType, ResultQuery<?, Tuple2<A, B>> query) {
        CommonTable2<A, B> table = new CommonTable2<>(schema(name, firstColumn, firstType, secondColumn, secondType),
                firstType, secondType, new Definition(false), null);
        table.definition.query = Objects.requireNonNull(query, "query");
        return table;
    }

    /**
     * {@code WITH RECURSIVE name(firstColumn, secondColumn) AS (...)}: {@code definition} receives
     * the table itself and returns its query, typically an anchor query {@code unionAll} a query
     * that joins the table (each round reads the rows of the round before).
     */
    public static <A, B> CommonTable2<A, B> recursive(String name, String firstColumn, Class<A> firstType,
                                                      String secondColumn, Class<B> secondType,
                                                      Function<CommonTable2<A, B>, ? extends SelectStatement> definition) {
        Objects.requireNonNull(definition, "definition");
        CommonTable2<A, B> table = new CommonTable2<>(schema(name, firstColumn, firstType, secondColumn, secondType),
                firstType, secondType, new Definition(true), null);
        table.definition.query = Objects.requireNonNull(definition.apply(table), "the definition returned null");
        return table;
    }

    private static TableSchema schema(String name, String firstColumn, Class<?> firstType, String secondColumn,
                                      Class<?> secondType) {
        Objects.requireNonNull(name, "name");
        if (Objects.requireNonNull(firstColumn, "firstColumn").equals(Objects.requireNonNull(secondColumn, "secondColumn"))) {
            throw new IllegalArgumentException("the columns of " + name + " need different names (both are " + firstColumn + ")");
        }
        return new TableSchema(name, List.of(
                new ColumnSchema(firstColumn, firstColumn, Columns.valueType(firstType), 0, 0, 0, true, false, null),
                new ColumnSchema(secondColumn, secondColumn, Columns.valueType(secondType), 0, 0, 0, true, false, null)),
                List.of(), List.of(), List.of());
    }

    /** The query that defines the table. */
    public SelectStatement definition() {
        return definition.query;
    }

    /** Whether the table is defined recursively ({@code WITH RECURSIVE}). */
    public boolean isRecursive() {
        return definition.recursive;
    }

    @Override
    public CommonTable2<A, B> as(String alias) {
        return new CommonTable2<>(schema(), firstType, secondType, definition, requireAlias(alias));
    }

    /** Reads rows as tuples; a common table is never written. */
    private static final class Mapper<A, B> implements EntityMapper<Tuple2<A, B>, Void> {
        private CommonTable2<A, B> table;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"}) // a class literal cannot carry type arguments
        public Class<Tuple2<A, B>> entityClass() {
            return (Class) Tuple2.class;
        }

        @Override
        @SuppressWarnings("unchecked") // each value was read with its column's type
        public Tuple2<A, B> read(RowReader row, int first) throws SQLException {
            return new Tuple2<>((A) Columns.read(table.first, row, first), (B) Columns.read(table.second, row, first + 1));
        }

        private UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("the common table " + table.name()
                    + " is a query: it can be read, not written");
        }

        @Override
        public long omittedDefaults(Tuple2<A, B> entity) {
            throw readOnly();
        }

        @Override
        public int bindInsert(Tuple2<A, B> entity, long omitted, ParameterBinder params, int first) {
            throw readOnly();
        }

        @Override
        public Tuple2<A, B> withReturned(Tuple2<A, B> entity, long omitted, RowReader row) {
            throw readOnly();
        }

        @Override
        public Void key(Tuple2<A, B> entity) {
            throw readOnly();
        }

        @Override
        public int bindKey(Void key, ParameterBinder params, int first) {
            throw readOnly();
        }
    }
}
