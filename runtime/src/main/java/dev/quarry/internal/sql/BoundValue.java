package dev.quarry.internal.sql;

import dev.quarry.spi.ValueType;
import java.util.Objects;

/**
 * A value bound to one {@code ?} of a rendered statement, with the type that decides how the
 * dialect binds it.
 *
 * @param value the value, never {@code null} for DSL comparisons; {@code null} binds SQL NULL
 * @param type  the value type
 */
public record BoundValue(Object value, ValueType type) {
    public BoundValue {
        Objects.requireNonNull(type, "type");
    }
}
