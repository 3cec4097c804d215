package dev.quarry.spi;

import java.sql.SQLException;

/**
 * Binds the parameters of one hand-written statement; generated repositories pass a lambda
 * that calls the typed {@link ParameterBinder} method for each parameter. For generated code.
 */
@FunctionalInterface
public interface ParameterBinding {
    /** A binding for a statement without parameters. */
    ParameterBinding NONE = params -> { };

    /**
     * Binds every parameter, from index 1.
     *
     * @param params the parameter binder
     * @throws java.sql.SQLException if the driver cannot bind a value
     */
    void bind(ParameterBinder params) throws SQLException;
}
