package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.List;

/** A {@code SELECT} that can be rendered inside another statement. */
interface Subquery {
    /** Appends the {@code SELECT} to {@code sql}, without parentheses. */
    void renderSubquery(SqlBuilder sql);

    /**
     * The selected expression when the query is a projection of exactly one expression whose
     * rows are its values (not mapped); {@code null} otherwise.
     */
    default ExprImpl<?, ?> single() {
        return null;
    }

    /**
     * The selected expressions when the query is a projection whose rows are the values as such
     * (a value or a tuple, not mapped), which a derived table can read as columns; {@code null}
     * otherwise.
     */
    default List<ExprImpl<?, ?>> columns() {
        return null;
    }

    /**
     * Appends the {@code SELECT} as a derived table's query: its selected expressions are named
     * {@code columnNames} ({@code expression AS "name"}). Only for queries with {@link #columns()}.
     */
    default void renderDerived(SqlBuilder sql, List<String> columnNames) {
        throw new IllegalStateException("not a projection of expressions: " + this);
    }

    /** The tables of the query's {@code FROM} clauses (of every member of a set operation). */
    List<Table<?>> fromTables();
}
