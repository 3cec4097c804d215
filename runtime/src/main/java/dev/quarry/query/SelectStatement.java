package dev.quarry.query;

import java.util.List;

/**
 * A complete {@code SELECT}: a query of entities, a projection or a set operation. Any of them
 * can be used as a subquery: {@link Sql#exists}, {@link Sql#notExists}, and (for projections of
 * one expression) {@link Expression#in(ResultQuery)} and {@link Sql#scalar}. Rendered inside
 * another query, a subquery qualifies every column and may read the enclosing queries' tables
 * (a correlated subquery).
 */
public interface SelectStatement {
    /**
     * The SQL this query runs, in the database's dialect, with {@code ?} for each parameter.
     *
     * @return the SQL text
     */
    String toSql();

    /**
     * The values bound to the parameters of {@link #toSql()}, in order.
     *
     * @return the bound values, in order
     */
    List<Object> parameters();
}
