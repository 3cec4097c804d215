package dev.quarry.query;

import java.util.List;

/** A complete {@code UPDATE} or {@code DELETE}, ready to run; immutable. */
public interface WriteQuery {
    /**
     * Runs the statement and returns the number of rows it changed.
     *
     * @return the number of rows changed
     */
    int execute();

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
