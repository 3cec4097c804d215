package dev.quarry.processor.model;

import java.util.Objects;

/**
 * A check constraint; the processor writes one per enum column.
 *
 * @param name       the constraint name
 * @param expression the boolean SQL expression, without the {@code CHECK (...)} around it
 */
public record CheckDescriptor(String name, String expression) {
    public CheckDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
