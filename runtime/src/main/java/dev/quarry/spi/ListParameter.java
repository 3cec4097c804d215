package dev.quarry.spi;

import java.util.Collection;
import java.util.Objects;

/**
 * A collection parameter of a hand-written statement, used as the whole list of an {@code IN} or
 * {@code NOT IN}: its one {@code ?} in the statement's SQL becomes one {@code ?} per element when
 * the statement runs, and each element is bound as a value of {@link #type()}. For generated code.
 *
 * <p>An empty collection makes the list an empty subquery of the element's SQL type, so
 * {@code x IN (:ids)} is false and {@code x NOT IN (:ids)} true for every row, as for an empty list
 * in the query DSL. A {@code null} collection, a {@code null} element, or more values than the
 * database takes in one statement are an {@link IllegalArgumentException} naming the parameter.
 *
 * @param index  the 1-based position of its {@code ?} among the placeholders of the SQL as written
 * @param offset the position of that {@code ?} in the SQL text
 * @param name   the method parameter's name, for messages
 * @param values the collection as passed to the method (read once per execution, not copied here);
 *               may be {@code null}, which the runtime reports
 * @param type   the value type of its elements
 */
public record ListParameter(int index, int offset, String name, Collection<?> values, ValueType type) {

    /**
     * Creates a list parameter.
     *
     * @param index the 1-based position of its {@code ?} among the placeholders of the SQL as written
     * @param offset the position of that {@code ?} in the SQL text
     * @param name the method parameter's name, for messages
     * @param values the collection as passed to the method (read once per execution, not copied here); may be
     *     {@code null}, which the runtime reports
     * @param type the value type of its elements
     * @throws IllegalArgumentException if {@code index} is below 1 or {@code offset} is negative
     */
    public ListParameter {
        if (index < 1 || offset < 0) {
            throw new IllegalArgumentException("index " + index + " and offset " + offset + " of " + name);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
