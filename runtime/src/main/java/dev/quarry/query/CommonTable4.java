package dev.quarry.query;

import java.util.List;
import java.util.function.Function;

/**
 * A table of four typed columns defined by a query (see {@link CommonTable}): a common table
 * expression ({@link #of}, {@link #recursive}) or a derived table in {@code FROM}
 * ({@link #derived(String, ResultQuery)}). Queries select from it and join it like a table; its
 * rows read as {@link Tuple4}s ({@code db.select(table).fetch()}).
 *
 * @param <A> the type of the first column
 * @param <B> the type of the second column
 * @param <C> the type of the third column
 * @param <D> the type of the fourth column
 */
public final class CommonTable4<A, B, C, D> extends CommonTable<Tuple4<A, B, C, D>> {
    /** The first column. */
    public final Column<Tuple4<A, B, C, D>, A> first;
    /** The second column. */
    public final Column<Tuple4<A, B, C, D>, B> second;
    /** The third column. */
    public final Column<Tuple4<A, B, C, D>, C> third;
    /** The fourth column. */
    public final Column<Tuple4<A, B, C, D>, D> fourth;

    private CommonTable4(Definition<Tuple4<A, B, C, D>> definition, String alias) {
        super(definition, alias);
        this.first = typedColumn(0);
        this.second = typedColumn(1);
        this.third = typedColumn(2);
        this.fourth = typedColumn(3);
    }

    @SuppressWarnings("unchecked") // each value was read with its column's type
    private static <A, B, C, D> Function<Object[], Tuple4<A, B, C, D>> rows() {
        return v -> new Tuple4<>((A) v[0], (B) v[1], (C) v[2], (D) v[3]);
    }

    /**
     * {@code WITH name(column, ...) AS (query)}: the query's expressions have the
     * columns' types, checked by {@code javac}.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param thirdColumn the name of the third column
     * @param thirdType the Java type of the third column
     * @param fourthColumn the name of the fourth column
     * @param fourthType the Java type of the fourth column
     * @param query the query that defines the rows
     * @return the common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C, D> CommonTable4<A, B, C, D> of(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            String fourthColumn, Class<D> fourthType,
            ResultQuery<?, Tuple4<A, B, C, D>> query) {
        return new CommonTable4<>(common(name, false, List.of(firstColumn, secondColumn, thirdColumn, fourthColumn),
                List.of(firstType, secondType, thirdType, fourthType), Tuple4.class, CommonTable4.<A, B, C, D>rows(), query), null);
    }

    /**
     * {@code WITH RECURSIVE name(column, ...) AS (...)}: {@code definition} receives the
     * table itself and returns its query, typically an anchor query {@code unionAll} a query that
     * joins the table (each round reads the rows of the round before).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param thirdColumn the name of the third column
     * @param thirdType the Java type of the third column
     * @param fourthColumn the name of the fourth column
     * @param fourthType the Java type of the fourth column
     * @param definition builds the defining query from the table itself
     * @return the recursive common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C, D> CommonTable4<A, B, C, D> recursive(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            String fourthColumn, Class<D> fourthType,
            Function<CommonTable4<A, B, C, D>, ? extends SelectStatement> definition) {
        return define(new CommonTable4<>(common(name, true, List.of(firstColumn, secondColumn, thirdColumn, fourthColumn),
                List.of(firstType, secondType, thirdType, fourthType), Tuple4.class, CommonTable4.<A, B, C, D>rows(), null), null), definition);
    }

    /**
     * A derived table {@code (query) AS alias}, rendered in place in the {@code FROM} clause of
     * the queries that read it. Its columns are named {@code first, second, third, fourth} and have the
     * types of the query's expressions.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param alias the alias the table is referred to by
     * @param query the query that defines the rows, selecting 4 expressions
     * @return the derived table, to select from or join
     * @throws IllegalArgumentException if the query does not select four expressions, or maps its rows
     */
    public static <A, B, C, D> CommonTable4<A, B, C, D> derived(String alias, ResultQuery<?, Tuple4<A, B, C, D>> query) {
        return new CommonTable4<>(derived(alias, 4, Tuple4.class, CommonTable4.<A, B, C, D>rows(), query), null);
    }

    /**
     * A derived table {@code (set operation) AS alias} (see {@link #derived(String, ResultQuery)}).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param alias the alias the table is referred to by
     * @param query the set operation that defines the rows
     * @return the derived table, to select from or join
     */
    public static <A, B, C, D> CommonTable4<A, B, C, D> derived(String alias, CompoundQuery<Tuple4<A, B, C, D>> query) {
        return new CommonTable4<>(derived(alias, 4, Tuple4.class, CommonTable4.<A, B, C, D>rows(), query), null);
    }

    @Override
    public CommonTable4<A, B, C, D> as(String alias) {
        return new CommonTable4<>(definitionForAlias(), requireAlias(alias));
    }
}
