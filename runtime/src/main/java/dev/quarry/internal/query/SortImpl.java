package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.internal.sql.SqlFragment;
import dev.quarry.query.Sort;
import dev.quarry.query.Table;
import java.util.Objects;
import java.util.function.Consumer;

/** One {@code ORDER BY} term: a column, a direction and where NULLs go. */
final class SortImpl<S> implements Sort<S>, SqlFragment {
    /** Where NULLs sort. */
    enum Nulls { DEFAULT, FIRST, LAST }

    private final ExprImpl<?, ?> column;
    private final boolean descending;
    private final Nulls nulls;

    SortImpl(ExprImpl<?, ?> column, boolean descending, Nulls nulls) {
        this.column = column;
        this.descending = descending;
        this.nulls = nulls;
    }

    @Override
    public Sort<S> nullsFirst() {
        return new SortImpl<>(column, descending, Nulls.FIRST);
    }

    @Override
    public Sort<S> nullsLast() {
        return new SortImpl<>(column, descending, Nulls.LAST);
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        column.renderOperand(sql);
        sql.append(descending ? " DESC" : " ASC");
        if (nulls != Nulls.DEFAULT) {
            sql.dialect().renderNullsOrder(sql, nulls == Nulls.FIRST);
        }
    }

    /** Renders the sort over the select list's column {@code position} (1-based), as a set operation needs. */
    void renderAt(SqlBuilder sql, int position) {
        sql.append(Integer.toString(position));
        sql.append(descending ? " DESC" : " ASC");
        if (nulls != Nulls.DEFAULT) {
            sql.dialect().renderNullsOrder(sql, nulls == Nulls.FIRST);
        }
    }

    /** Whether the order is descending. */
    boolean descending() {
        return descending;
    }

    /** Whether the sort says where NULLs go. */
    boolean nullsOrdered() {
        return nulls != Nulls.DEFAULT;
    }

    /** The sorted expression. */
    ExprImpl<?, ?> expression() {
        return column;
    }

    /** Reports every table this sort reads. */
    void tables(Consumer<Table<?>> out) {
        column.tables(out);
    }

    /** The implementation behind a sort of the DSL; fails clearly for a foreign implementation. */
    @SuppressWarnings("unchecked") // the scope is a compile-time marker only
    static <S> SortImpl<S> impl(Sort<?> sort) {
        Objects.requireNonNull(sort, "sort");
        if (sort instanceof SortImpl<?> impl) {
            return (SortImpl<S>) impl;
        }
        throw new IllegalArgumentException("not a sort built by Quarry's DSL: " + sort);
    }

    @Override
    public String toString() {
        return column + (descending ? " desc" : " asc")
                + (nulls == Nulls.DEFAULT ? "" : nulls == Nulls.FIRST ? " nulls first" : " nulls last");
    }
}
