package dev.quarry.query;

import java.util.List;
import java.util.function.Function;

/**
 * A table of six typed columns defined by a query (see {@link CommonTable}): a common table
 * expression ({@link #of}, {@link #recursive}) or a derived table in {@code FROM}
 * ({@link #derived(String, ResultQuery)}). Queries select from it and join it like a table; its
 * rows read as {@link Tuple6}s ({@code db.select(table).fetch()}).
 *
 * @param <A> the type of the first column
 * @param <B> the type of the second column
 * @param <C> the type of the third column
 * @param <D> the type of the fourth column
 * @param <E> the type of the fifth column
 * @param <F> the type of the sixth column
 */
public final class CommonTable6<A, B, C, D, E, F> extends CommonTable<Tuple6<A, B, C, D, E, F>> {
    /** The first column. */
    public final Column<Tuple6<A, B, C, D, E, F>, A> first;
    /** The second column. */
    public final Column<Tuple6<A, B, C, D, E, F>, B> second;
    /** The third column. */
    public final Column<Tuple6<A, B, C, D, E, F>, C> third;
    /** The fourth column. */
    public final Column<Tuple6<A, B, C, D, E, F>, D> fourth;
    /** The fifth column. */
    public final Column<Tuple6<A, B, C, D, E, F>, E> fifth;
    /** The sixth column. */
    public final Column<Tuple6<A, B, C, D, E, F>, F> sixth;

    private CommonTable6(Definition<Tuple6<A, B, C, D, E, F>> definition, String alias) {
        super(definition, alias);
        this.first = typedColumn(0);
        this.second = typedColumn(1);
        this.third = typedColumn(2);
        this.fourth = typedColumn(3);
        this.fifth = typedColumn(4);
        this.sixth = typedColumn(5);
    }

    @SuppressWarnings("unchecked") // each value was read with its column's type
    private static <A, B, C, D, E, F> Function<Object[], Tuple6<A, B, C, D, E, F>> rows() {
        return v -> new Tuple6<>((A) v[0], (B) v[1], (C) v[2], (D) v[3], (E) v[4], (F) v[5]);
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
     * @param <F> the type of the sixth column
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
     * @param sixthColumn the name of the sixth column
     * @param sixthType the Java type of the sixth column
     * @param query the query that defines the rows
     * @return the common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C, D, E, F> CommonTable6<A, B, C, D, E, F> of(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            String fourthColumn, Class<D> fourthType,
            String fifthColumn, Class<E> fifthType,
            String sixthColumn, Class<F> sixthType,
            ResultQuery<?, Tuple6<A, B, C, D, E, F>> query) {
        return new CommonTable6<>(common(name, false, List.of(firstColumn, secondColumn, thirdColumn, fourthColumn, fifthColumn, sixthColumn),
                List.of(firstType, secondType, thirdType, fourthType, fifthType, sixthType), Tuple6.class, CommonTable6.<A, B, C, D, E, F>rows(), query), null);
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
     * @param <F> the type of the sixth column
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
     * @param sixthColumn the name of the sixth column
     * @param sixthType the Java type of the sixth column
     * @param definition builds the defining query from the table itself
     * @return the recursive common table, to select from or join
     * @throws IllegalArgumentException if two columns have the same name, or a type is not a SQL value type
     */
    public static <A, B, C, D, E, F> CommonTable6<A, B, C, D, E, F> recursive(
            String name,
            String firstColumn, Class<A> firstType,
            String secondColumn, Class<B> secondType,
            String thirdColumn, Class<C> thirdType,
            String fourthColumn, Class<D> fourthType,
            String fifthColumn, Class<E> fifthType,
            String sixthColumn, Class<F> sixthType,
            Function<CommonTable6<A, B, C, D, E, F>, ? extends SelectStatement> definition) {
        return define(new CommonTable6<>(common(name, true, List.of(firstColumn, secondColumn, thirdColumn, fourthColumn, fifthColumn, sixthColumn),
                List.of(firstType, secondType, thirdType, fourthType, fifthType, sixthType), Tuple6.class, CommonTable6.<A, B, C, D, E, F>rows(), null), null), definition);
    }

    /**
     * A derived table {@code (query) AS alias}, rendered in place in the {@code FROM} clause of
     * the queries that read it. Its columns are named {@code first, second, third, fourth, fifth, sixth} and have the
     * types of the query's expressions.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param <E> the type of the fifth column
     * @param <F> the type of the sixth column
     * @param alias the alias the table is referred to by
     * @param query the query that defines the rows, selecting 6 expressions
     * @return the derived table, to select from or join
     * @throws IllegalArgumentException if the query does not select six expressions, or maps its rows
     */
    public static <A, B, C, D, E, F> CommonTable6<A, B, C, D, E, F> derived(String alias, ResultQuery<?, Tuple6<A, B, C, D, E, F>> query) {
        return new CommonTable6<>(derived(alias, 6, Tuple6.class, CommonTable6.<A, B, C, D, E, F>rows(), query), null);
    }

    /**
     * A derived table {@code (set operation) AS alias} (see {@link #derived(String, ResultQuery)}).
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <D> the type of the fourth column
     * @param <E> the type of the fifth column
     * @param <F> the type of the sixth column
     * @param alias the alias the table is referred to by
     * @param query the set operation that defines the rows
     * @return the derived table, to select from or join
     */
    public static <A, B, C, D, E, F> CommonTable6<A, B, C, D, E, F> derived(String alias, CompoundQuery<Tuple6<A, B, C, D, E, F>> query) {
        return new CommonTable6<>(derived(alias, 6, Tuple6.class, CommonTable6.<A, B, C, D, E, F>rows(), query), null);
    }

    @Override
    public CommonTable6<A, B, C, D, E, F> as(String alias) {
        return new CommonTable6<>(definitionForAlias(), requireAlias(alias));
    }
}
