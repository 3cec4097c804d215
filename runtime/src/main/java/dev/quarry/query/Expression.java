package dev.quarry.query;

import java.util.Collection;

/**
 * A typed SQL value expression: a column, a function or aggregate ({@link Sql}), a bound value,
 * arithmetic or a {@code CASE}. Immutable; values are always bound as parameters.
 *
 * <p><b>Scope.</b> {@code S} is the entity type of the table the expression reads. A query on
 * one table accepts only expressions and conditions of that table's scope (or of a subtype of
 * it), so {@code db.select(USER).where(POST.title.eq("x"))} does not compile. Expressions that
 * read no table ({@link Sql#now()}, {@link Sql#value(Object)}) take their scope from where they
 * are used. A query over several tables (a join) accepts expressions of any scope; before it runs
 * (and when it renders) it checks that every table they read is in its {@code FROM} clause and
 * fails with an {@link IllegalStateException} naming the table otherwise. The same check catches
 * a comparison with a column of another table ({@code USER.id.eq(POST.authorId)}) used in a
 * one-table query.
 *
 * <p>{@code null} is not a value in comparisons: use {@link #isNull()} / {@link #isNotNull()}.
 *
 * @param <S> the scope: the entity type whose table the expression reads
 * @param <T> the Java type of the value
 */
public interface Expression<S, T> {
    /**
     * {@code this = value}.
     *
     * @param value the value to compare with, bound; not {@code null}
     * @return the {@code =} condition
     */
    Condition<S> eq(T value);

    /**
     * {@code this = other}; {@code other} may read another table of a join.
     *
     * @param other the expression to compare with
     * @return the {@code =} condition
     */
    Condition<S> eq(Expression<?, T> other);

    /**
     * {@code this <> value}.
     *
     * @param value the value to compare with, bound; not {@code null}
     * @return the {@code <>} condition
     */
    Condition<S> ne(T value);

    /**
     * {@code this <> other}.
     *
     * @param other the expression to compare with
     * @return the {@code <>} condition
     */
    Condition<S> ne(Expression<?, T> other);

    /**
     * {@code this < value}.
     *
     * @param value the value to compare with, bound; not {@code null}
     * @return the {@code <} condition
     */
    Condition<S> lt(T value);

    /**
     * {@code this < other}.
     *
     * @param other the expression to compare with
     * @return the {@code <} condition
     */
    Condition<S> lt(Expression<?, T> other);

    /**
     * {@code this <= value}.
     *
     * @param value the value to compare with, bound; not {@code null}
     * @return the {@code <=} condition
     */
    Condition<S> le(T value);

    /**
     * {@code this <= other}.
     *
     * @param other the expression to compare with
     * @return the {@code <=} condition
     */
    Condition<S> le(Expression<?, T> other);

    /**
     * {@code this > value}.
     *
     * @param value the value to compare with, bound; not {@code null}
     * @return the {@code >} condition
     */
    Condition<S> gt(T value);

    /**
     * {@code this > other}.
     *
     * @param other the expression to compare with
     * @return the {@code >} condition
     */
    Condition<S> gt(Expression<?, T> other);

    /**
     * {@code this >= value}.
     *
     * @param value the value to compare with, bound; not {@code null}
     * @return the {@code >=} condition
     */
    Condition<S> ge(T value);

    /**
     * {@code this >= other}.
     *
     * @param other the expression to compare with
     * @return the {@code >=} condition
     */
    Condition<S> ge(Expression<?, T> other);

    /**
     * {@code this BETWEEN low AND high} (both inclusive).
     *
     * @param low the lower bound, inclusive
     * @param high the upper bound, inclusive
     * @return the {@code BETWEEN} condition
     */
    Condition<S> between(T low, T high);

    /**
     * {@code this IN (...)}; an empty collection gives a condition that is always false.
     *
     * @param values the values, bound; none {@code null}
     * @return the {@code IN} condition
     */
    Condition<S> in(Collection<? extends T> values);

    /**
     * {@code this NOT IN (...)}; an empty collection gives a condition that is always true.
     *
     * @param values the values, bound; none {@code null}
     * @return the {@code NOT IN} condition
     */
    Condition<S> notIn(Collection<? extends T> values);

    /**
     * {@code this IN (subquery)}: the subquery is a projection of one expression of this type,
     * such as {@code db.select(POST).select(POST.authorId)}; it may read the enclosing query's
     * tables (a correlated subquery).
     *
     * @param subquery the subquery, selecting one expression of this type
     * @return the {@code IN} condition
     * @throws IllegalArgumentException if the subquery selects several expressions or maps its rows
     */
    Condition<S> in(ResultQuery<?, ? extends T> subquery);

    /**
     * {@code this NOT IN (subquery)} (see {@link #in(ResultQuery)}). As in SQL, if the subquery
     * returns a NULL no row matches: filter NULLs out of the subquery, or use
     * {@link Sql#notExists}.
     *
     * @param subquery the subquery, selecting one expression of this type
     * @return the {@code NOT IN} condition
     */
    Condition<S> notIn(ResultQuery<?, ? extends T> subquery);

    /**
     * {@code this IS NULL}.
     *
     * @return the {@code IS NULL} condition
     */
    Condition<S> isNull();

    /**
     * {@code this IS NOT NULL}.
     *
     * @return the {@code IS NOT NULL} condition
     */
    Condition<S> isNotNull();

    /**
     * Ascending order on this expression.
     *
     * @return the ascending order term
     */
    Sort<S> asc();

    /**
     * Descending order on this expression.
     *
     * @return the descending order term
     */
    Sort<S> desc();
}
