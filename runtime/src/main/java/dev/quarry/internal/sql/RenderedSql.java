package dev.quarry.internal.sql;

import dev.quarry.spi.ParameterBinder;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statement rendered for one dialect: its SQL text and the values for its parameters, in order.
 *
 * @param sql        the SQL with {@code ?} placeholders
 * @param parameters the bound values
 */
public record RenderedSql(String sql, List<BoundValue> parameters) {
    public RenderedSql {
        parameters = List.copyOf(parameters);
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
