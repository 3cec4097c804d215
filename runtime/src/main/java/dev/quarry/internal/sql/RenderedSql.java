package dev.quarry.internal.sql;

import dev.quarry.spi.ParameterBinder;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statement rendered for one dialect: its SQL text, the values for its parameters, in order,
 * and whether it has a {@code RIGHT} or {@code FULL} join anywhere, which the dialect checks
 * against the database ({@link Dialect#checkOuterJoins}) before the statement runs, and whether
 * it locks rows, which is checked to run inside a transaction.
 *
 * @param sql        the SQL with {@code ?} placeholders
 * @param parameters the bound values
 * @param outerJoins whether the statement, or any query nested in it, has a {@code RIGHT} or
 *                   {@code FULL} join
 * @param locks      whether the statement locks rows ({@code FOR UPDATE}, {@code FOR SHARE})
 */
public record RenderedSql(String sql, List<BoundValue> parameters, boolean outerJoins, boolean locks) {
    public RenderedSql {
        parameters = List.copyOf(parameters);
    }

    /** A statement that locks no rows. */
    public RenderedSql(String sql, List<BoundValue> parameters, boolean outerJoins) {
        this(sql, parameters, outerJoins, false);
    }

    /** A statement without {@code RIGHT} or {@code FULL} joins that locks no rows. */
    public RenderedSql(String sql, List<BoundValue> parameters) {
        this(sql, parameters, false, false);
    }

    /** Binds every parameter, starting at index 1. */
    public void bind(ParameterBinder binder) throws SQLException {
        int index = 1;
        for (BoundValue parameter : parameters) {
            binder.setObject(index++, parameter.value(), parameter.type());
        }
    }

    /** The parameter values alone, in order (an unmodifiable list that may hold {@code null}). */
    public List<Object> values() {
        List<Object> values = new ArrayList<>(parameters.size());
        for (BoundValue parameter : parameters) {
            values.add(parameter.value());
        }
        return Collections.unmodifiableList(values);
    }
}
