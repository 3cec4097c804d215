package dev.quarry.query;

import dev.quarry.spi.ValueType;

/**
 * A typed column of a generated table, for example {@code Column<User, Long>}. Comparisons take
 * values of the column's type only, and the conditions they build can only be used in queries
 * on the column's own table: {@code javac} rejects both mistakes.
 *
 * <p>Values are always bound as parameters. {@code null} is not a value: use
 * {@link #isNull()} / {@link #isNotNull()}. The comparisons are those of {@link Expression}.
 *
 * @param <E> the entity type of the column's table
 * @param <T> the Java type of the column's values (boxed for primitives)
 */
public interface Column<E, T> extends Expression<E, T> {
    /**
     * The table (or aliased table) this column belongs to.
     *
     * @return the column's table
     */
    Table<E> table();

    /**
     * The SQL column name.
     *
     * @return the column name
     */
    String name();

    /**
     * The Java property name.
     *
     * @return the property name
     */
    String property();

    /**
     * The value type.
     *
     * @return the column's value type
     */
    ValueType type();

    /** Ascending order on this column. */
    Sort<E> asc();

    /** Descending order on this column. */
    Sort<E> desc();
}
