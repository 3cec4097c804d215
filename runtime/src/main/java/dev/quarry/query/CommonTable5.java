package dev.quarry.query;

import java.util.List;
import java.util.function.Function;

/**
 * A table of five typed columns defined by a query (see {@link CommonTable}): a common table
 * expression ({@link #of}, {@link #recursive}) or a derived table in {@code FROM}
 * ({@link #derived(String, ResultQuery)}). Queries select from it and join it like a table; its
 * rows read as {@link Tuple5}s ({@code db.select(table).fetch()}).
 *
 * @param <A> the type of the first column
 * @param <B> the type of the second column
 * @param <C> the type of the third column
 * @param <D> the type of the fourth column
 * @param <E> the type of the fifth column
 */
public final class CommonTable5<A, B, C, D, E> extends CommonTable<Tuple5<A, B, C, D, E>> {
    /** The first column. */
    public final Column<Tuple5<A, B, C, D, E>, A> first;
    /** The second column. */
    public final Column<Tuple5<A, B, C, D, E>, B> second;
    /** The third column. */
    public final Column<Tuple5<A, B, C, D, E>, C> third;
    /** The fourth column. */
    public final Column<Tuple5<A, B, C, D, E>, D> fourth;
    /** The fifth column. */
    public final Column<Tuple5<A, B, C, D, E>, E> fifth;

    private CommonTable5(Definition<Tuple5<A, B, C, D, E>> definition, String alias) {
        super(definition, alias);
        this.first = typedColumn(0);
        this.second = typedColumn(1);
        this.third = typedColumn(2);
        this.fourth = typedColumn(3);
        this.fifth = typedColumn(4);
    }

    @SuppressWarnings("unchecked") // each value was read with its column's type
    private static <A, B, C, D, E> Function<Object[], Tuple5<A, B, C, D, E>> rows() {
        return v -> new Tuple5<>((A) v[0], (B) v[1], (C) v[2], (D) v[3], (E) v[4]);
    }

    /**
     * {@code WITH name(column, ...) AS (query)}: the query's expressions have the
     * columns' types, checked by {@code javac}.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param <E> the type of the fifth column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param thirdColumn the name of the third column
     * @param thirdType the Java type of the third column
     * @param fourthColumn the name of the fourth column
     * @param fourthType the Java type of the fourth column
     * @param fifthColumn the name of the fifth column
     * @param fifthType the Java type of the fifth column
     * @param query the query that defines the rows
     * @return the common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C, D, E> CommonTable5<A, B, C, D, E> of(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            String fourthColumn, Class<D> fourthType,
            String fifthColumn, Class<E> fifthType,
            ResultQuery<?, Tuple5<A, B, C, D, E>> query) {
        return new CommonTable5<>(common(name, false, List.of(firstColumn, secondColumn, thirdColumn, fourthColumn, fifthColumn),
                List.of(firstType, secondType, thirdType, fourthType, fifthType), Tuple5.class, CommonTable5.<A, B, C, D, E>rows(), query), null);
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
     * @param <E> the type of the fifth column
     * @param name the table name
     * @param firstColumn the name of the first column
     * @param firstType the Java type of the first column
     * @param secondColumn the name of the second column
     * @param secondType the Java type of the second column
     * @param thirdColumn the name of the third column
     * @param thirdType the Java type of the third column
     * @param fourthColumn the name of the fourth column
     * @param fourthType the Java type of the fourth column
     * @param fifthColumn the name of the fifth column
     * @param fifthType the Java type of the fifth column
     * @param definition builds the defining query from the table itself
     * @return the recursive common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C, D, E> CommonTable5<A, B, C, D, E> recursive(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            String fourthColumn, Class<D> fourthType,
            String fifthColumn, Class<E> fifthType,
            Function<CommonTable5<A, B, C, D, E>, ? extends SelectStatement> definition) {
        return define(new CommonTable5<>(common(name, true, List.of(firstColumn, secondColumn, thirdColumn, fourthColumn, fifthColumn),
                List.of(firstType, secondType, thirdType, fourthType, fifthType), Tuple5.class, CommonTable5.<A, B, C, D, E>rows(), null), null), definition);
    }

    /**
     * A derived table {@code (query) AS alias}, rendered in place in the {@code FROM} clause of
     * the queries that read it. Its columns are named {@code first, second, third, fourth, fifth} and have the
     * types of the query's expressions.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param <E> the type of the fifth column
     * @param alias the alias the table is referred to by
     * @param query the query that defines the rows, selecting 5 expressions
     * @return the derived table, to select from or join
     * @throws IllegalArgumentException if the query does not select five expressions, or maps its rows
     */
    public static <A, B, C, D, E> CommonTable5<A, B, C, D, E> derived(String alias, ResultQuery<?, Tuple5<A, B, C, D, E>> query) {
        return new CommonTable5<>(derived(alias, 5, Tuple5.class, CommonTable5.<A, B, C, D, E>rows(), query), null);
    }

    /**
     * A derived table {@code (set operation) AS alias} (see {@link #derived(String, ResultQuery)}).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param <E> the type of the fifth column
     * @param alias the alias the table is referred to by
     * @param query the set operation that defines the rows
     * @return the derived table, to select from or join
     */
    public static <A, B, C, D, E> CommonTable5<A, B, C, D, E> derived(String alias, CompoundQuery<Tuple5<A, B, C, D, E>> query) {
        return new CommonTable5<>(derived(alias, 5, Tuple5.class, CommonTable5.<A, B, C, D, E>rows(), query), null);
    }

    @Override
    public CommonTable5<A, B, C, D, E> as(String alias) {
        return new CommonTable5<>(definitionForAlias(), requireAlias(alias));
    }
}
