package dev.quarry.spi;

import java.util.Objects;

/**
 * A check constraint. The processor writes one per enum column (its values as an {@code IN}
 * list), so the database refuses a name the enum does not have; introspection reads every check
 * constraint a table has.
 *
 * @param name       the constraint name
 * @param expression the boolean SQL expression, without the {@code CHECK (...)} around it
 */
public record CheckSchema(String name, String expression) {
    /**
     * Creates a check constraint schema.
     *
     * @param name the constraint name
     * @param expression the boolean SQL expression, without the {@code CHECK (...)} around it
     */
    public CheckSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
