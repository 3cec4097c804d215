package dev.quarry.query;

import java.util.List;

/**
 * An {@code INSERT}, {@code UPDATE} or {@code DELETE} with a {@code RETURNING} clause: running
 * it changes the rows and reads back the requested values of each changed row. Immutable.
 *
 * @param <R> the type of one returned row: an entity or the value(s) of the returned expressions
 */
public interface ReturningQuery<R> {
    /**
     * Runs the statement and returns a row per changed row (in no particular order).
     *
     * @return the returned rows
     */
    List<R> fetch();

    /**
     * The SQL this statement runs, in the database's dialect, with {@code ?} for each parameter.
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
