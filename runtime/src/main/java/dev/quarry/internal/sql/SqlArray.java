package dev.quarry.internal.sql;

import dev.quarry.spi.ValueType;
import java.util.Arrays;
import java.util.Objects;

/**
 * A list of values bound to one {@code ?} as a SQL array, for {@code column = ANY (?)} on a
 * database that has arrays: one parameter and one statement shape for any number of values,
 * where an {@code IN} list has a parameter per value. Made by {@link Dialect#array}.
 *
 * @param elementType the Quarry type of the elements
 * @param sqlType     the database's name of the element type, as the driver's {@code createArrayOf} takes it
 * @param elements    the elements, none {@code null}
 */
public record SqlArray(ValueType elementType, String sqlType, Object[] elements) {
    public SqlArray {
        Objects.requireNonNull(elementType, "elementType");
        Objects.requireNonNull(sqlType, "sqlType");
        Objects.requireNonNull(elements, "elements");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqlArray array && array.elementType == elementType && array.sqlType.equals(sqlType)
                && Arrays.equals(array.elements, elements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(elementType, sqlType, Arrays.hashCode(elements));
    }

    /** The elements, as a log shows them. */
    @Override
    public String toString() {
        return Arrays.toString(elements);
    }
}
