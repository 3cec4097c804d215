package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;

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
}
