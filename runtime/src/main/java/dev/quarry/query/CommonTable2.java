package dev.quarry.query;

import java.util.List;
import java.util.function.Function;

/**
 * A table of two typed columns defined by a query (see {@link CommonTable}): a common table
 * expression ({@link #of}, {@link #recursive}) or a derived table in {@code FROM}
 * ({@link #derived(String, ResultQuery)}). Queries select from it and join it like a table; its
 * rows read as {@link Tuple2}s ({@code db.select(table).fetch()}).
 *
 * <pre>{@code
 * // every category under "Books", walking the tree
 * CommonTable2<Long, String> tree = CommonTable2.recursive("tree", "id", Long.class, "name", String.class,
 *         self -> db.select(CATEGORY).where(CATEGORY.name.eq("Books")).select(CATEGORY.id, CATEGORY.name)
 *                 .unionAll(db.select(CATEGORY).join(self).on(CATEGORY.parentId.eq(self.first))
 *                         .select(CATEGORY.id, CATEGORY.name)));
 * List<String> names = db.select(tree).select(tree.second).orderBy(tree.second.asc()).fetch();
 *
 * // a derived table: the number of posts per author, joined with the authors
 * CommonTable2<Long, Long> perAuthor = CommonTable2.derived("per_author",
 *         db.select(POST).select(POST.authorId, count()).groupBy(POST.authorId));
 * List<Tuple2<String, Long>> counts = db.select(USER).join(perAuthor).on(perAuthor.first.eq(USER.id))
 *         .select(USER.name, perAuthor.second).where(perAuthor.second.gt(1L)).fetch();
 * }</pre>
 *
 * @param <A> the type of the first column
 * @param <B> the type of the second column
 */
public final class CommonTable2<A, B> extends CommonTable<Tuple2<A, B>> {
    /** The first column. */
    public final Column<Tuple2<A, B>, A> first;
    /** The second column. */
    public final Column<Tuple2<A, B>, B> second;

    private CommonTable2(Definition<Tuple2<A, B>> definition, String alias) {
        super(definition, alias);
        this.first = typedColumn(0);
        this.second = typedColumn(1);
    }

    @SuppressWarnings("unchecked") // each value was read with its column's type
    private static <A, B> Function<Object[], Tuple2<A, B>> rows() {
        return v -> new Tuple2<>((A) v[0], (B) v[1]);
    }

    /**
     * {@code WITH name(column, ...) AS (query)}: the query's expressions have the
     * columns' types, checked by {@code javac}.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param query the query that defines the rows
     * @return the common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B> CommonTable2<A, B> of(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            ResultQuery<?, Tuple2<A, B>> query) {
        return new CommonTable2<>(common(name, false, List.of(firstColumn, secondColumn),
                List.of(firstType, secondType), Tuple2.class, CommonTable2.<A, B>rows(), query), null);
    }

    /**
     * {@code WITH RECURSIVE name(column, ...) AS (...)}: {@code definition} receives the
     * table itself and returns its query, typically an anchor query {@code unionAll} a query that
     * joins the table (each round reads the rows of the round before).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param definition builds the defining query from the table itself
     * @return the recursive common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B> CommonTable2<A, B> recursive(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            Function<CommonTable2<A, B>, ? extends SelectStatement> definition) {
        return define(new CommonTable2<>(common(name, true, List.of(firstColumn, secondColumn),
                List.of(firstType, secondType), Tuple2.class, CommonTable2.<A, B>rows(), null), null), definition);
    }

    /**
     * A derived table {@code (query) AS alias}, rendered in place in the {@code FROM} clause of
     * the queries that read it. Its columns are named {@code first, second} and have the
     * types of the query's expressions.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param alias the alias the table is referred to by
     * @param query the query that defines the rows, selecting 2 expressions
     * @return the derived table, to select from or join
     * @throws IllegalArgumentException if the query does not select two expressions, or maps its rows
     */
    public static <A, B> CommonTable2<A, B> derived(String alias, ResultQuery<?, Tuple2<A, B>> query) {
        return new CommonTable2<>(derived(alias, 2, Tuple2.class, CommonTable2.<A, B>rows(), query), null);
    }

    /**
     * A derived table {@code (set operation) AS alias} (see {@link #derived(String, ResultQuery)}).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param alias the alias the table is referred to by
     * @param query the set operation that defines the rows
     * @return the derived table, to select from or join
     */
    public static <A, B> CommonTable2<A, B> derived(String alias, CompoundQuery<Tuple2<A, B>> query) {
        return new CommonTable2<>(derived(alias, 2, Tuple2.class, CommonTable2.<A, B>rows(), query), null);
    }

    @Override
    public CommonTable2<A, B> as(String alias) {
        return new CommonTable2<>(definitionForAlias(), requireAlias(alias));
    }
}
