package dev.quarry.internal.exec;

import dev.quarry.spi.ParameterBinder;
import java.sql.SQLException;

/** Binds the parameters of one statement. */
@FunctionalInterface
public interface Binding {
    /** A binding for a statement without parameters. */
    Binding NONE = params -> { };

    /** Binds every parameter. */
    void bind(ParameterBinder params) throws SQLException;
}
