package dev.quarry.query;

import dev.quarry.spi.ValueType;
import java.util.Collection;

/**
 * A typed column of a generated table, for example {@code Column<User, Long>}. Comparisons take
 * values of the column's type only, and the conditions they build can only be used in queries
 * on the column's own table: {@code javac} rejects both mistakes.
 *
 * <p>Values are always bound as parameters. {@code null} is not a value: use
 * {@link #isNull()} / {@link #isNotNull()}.
 *
 * @param <E> the entity type of the column's table
 * @param <T> the Java type of the column's values (boxed for primitives)
 */
public interface Column<E, T> extends Expression<E, T> {
    /** The table (or aliased table) this column belongs to. */
    Table<E> table();

    /** The SQL column name. */
    String name();

    /** The Java property name. */
    String property();

    /** The value type. */
    ValueType type();

    /** {@code column = value}. */
    Condition<E> eq(T value);

    /** {@code column = other}. */
    Condition<E> eq(Expression<E, T> other);

    /** {@code column <> value}. */
    Condition<E> ne(T value);

    /** {@code column <> other}. */
    Condition<E> ne(Expression<E, T> other);

    /** {@code column < value}. */
    Condition<E> lt(T value);

    /** {@code column <= value}. */
    Condition<E> le(T value);

    /** {@code column > value}. */
    Condition<E> gt(T value);

    /** {@code column >= value}. */
    Condition<E> ge(T value);

    /** {@code column BETWEEN low AND high} (both inclusive). */
    Condition<E> between(T low, T high);

    /** {@code column IN (...)}; an empty collection gives a condition that is always false. */
    Condition<E> in(Collection<? extends T> values);

    /** {@code column NOT IN (...)}; an empty collection gives a condition that is always true. */
    Condition<E> notIn(Collection<? extends T> values);

    /** {@code column IS NULL}. */
    Condition<E> isNull();

    /** {@code column IS NOT NULL}. */
    Condition<E> isNotNull();

    /** Ascending order on this column. */
    Sort<E> asc();

    /** Descending order on this column. */
    Sort<E> desc();
}
