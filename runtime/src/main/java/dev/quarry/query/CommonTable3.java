package dev.quarry.query;

import java.util.List;
import java.util.function.Function;

/**
 * A table of three typed columns defined by a query (see {@link CommonTable}): a common table
 * expression ({@link #of}, {@link #recursive}) or a derived table in {@code FROM}
 * ({@link #derived(String, ResultQuery)}). Queries select from it and join it like a table; its
 * rows read as {@link Tuple3}s ({@code db.select(table).fetch()}).
 *
 * @param <A> the type of the first column
 * @param <B> the type of the second column
 * @param <C> the type of the third column
 */
public final class CommonTable3<A, B, C> extends CommonTable<Tuple3<A, B, C>> {
    /** The first column. */
    public final Column<Tuple3<A, B, C>, A> first;
    /** The second column. */
    public final Column<Tuple3<A, B, C>, B> second;
    /** The third column. */
    public final Column<Tuple3<A, B, C>, C> third;

    private CommonTable3(Definition<Tuple3<A, B, C>> definition, String alias) {
        super(definition, alias);
        this.first = typedColumn(0);
        this.second = typedColumn(1);
        this.third = typedColumn(2);
    }

    @SuppressWarnings("unchecked") // each value was read with its column's type
    private static <A, B, C> Function<Object[], Tuple3<A, B, C>> rows() {
        return v -> new Tuple3<>((A) v[0], (B) v[1], (C) v[2]);
    }

    /**
     * {@code WITH name(column, ...) AS (query)}: the query's expressions have the
     * columns' types, checked by {@code javac}.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param thirdColumn the name of the third column
     * @param thirdType the Java type of the third column
     * @param query the query that defines the rows
     * @return the common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C> CommonTable3<A, B, C> of(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            ResultQuery<?, Tuple3<A, B, C>> query) {
        return new CommonTable3<>(common(name, false, List.of(firstColumn, secondColumn, thirdColumn),
                List.of(firstType, secondType, thirdType), Tuple3.class, CommonTable3.<A, B, C>rows(), query), null);
    }

    /**
     * {@code WITH RECURSIVE name(column, ...) AS (...)}: {@code definition} receives the
     * table itself and returns its query, typically an anchor query {@code unionAll} a query that
     * joins the table (each round reads the rows of the round before).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param thirdColumn the name of the third column
     * @param thirdType the Java type of the third column
     * @param definition builds the defining query from the table itself
     * @return the recursive common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C> CommonTable3<A, B, C> recursive(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            Function<CommonTable3<A, B, C>, ? extends SelectStatement> definition) {
        return define(new CommonTable3<>(common(name, true, List.of(firstColumn, secondColumn, thirdColumn),
                List.of(firstType, secondType, thirdType), Tuple3.class, CommonTable3.<A, B, C>rows(), null), null), definition);
    }

    /**
     * A derived table {@code (query) AS alias}, rendered in place in the {@code FROM} clause of
     * the queries that read it. Its columns are named {@code first, second, third} and have the
     * types of the query's expressions.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param alias the alias the table is referred to by
     * @param query the query that defines the rows, selecting 3 expressions
     * @return the derived table, to select from or join
     * @throws IllegalArgumentException if the query does not select three expressions, or maps its rows
     */
    public static <A, B, C> CommonTable3<A, B, C> derived(String alias, ResultQuery<?, Tuple3<A, B, C>> query) {
        return new CommonTable3<>(derived(alias, 3, Tuple3.class, CommonTable3.<A, B, C>rows(), query), null);
    }

    /**
     * A derived table {@code (set operation) AS alias} (see {@link #derived(String, ResultQuery)}).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param alias the alias the table is referred to by
     * @param query the set operation that defines the rows
     * @return the derived table, to select from or join
     */
    public static <A, B, C> CommonTable3<A, B, C> derived(String alias, CompoundQuery<Tuple3<A, B, C>> query) {
        return new CommonTable3<>(derived(alias, 3, Tuple3.class, CommonTable3.<A, B, C>rows(), query), null);
    }

    @Override
    public CommonTable3<A, B, C> as(String alias) {
        return new CommonTable3<>(definitionForAlias(), requireAlias(alias));
    }
}
