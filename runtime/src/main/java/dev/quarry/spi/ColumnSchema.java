package dev.quarry.spi;

import java.util.Objects;

/**
 * One column as the entity declares it.
 *
 * @param name          the SQL column name
 * @param property      the Java property (field or record component) name
 * @param type          the value type
 * @param length        maximum length of a string column; 0 for unbounded
 * @param precision     total digits of a decimal column; 0 for unconstrained
 * @param scale         digits after the decimal point of a decimal column
 * @param nullable      whether the column accepts NULL
 * @param generated     whether the database generates the value (identity key)
 * @param serverDefault the SQL default expression, or {@code null}
 */
public record ColumnSchema(
        String name,
        String property,
        ValueType type,
        int length,
        int precision,
        int scale,
        boolean nullable,
        boolean generated,
        String serverDefault) {

    /**
     * Creates a column schema; {@code name}, {@code property} and {@code type} are required.
     *
     * @param name the SQL column name
     * @param property the Java property (field or record component) name
     * @param type the value type
     * @param length maximum length of a string column; 0 for unbounded
     * @param precision total digits of a decimal column; 0 for unconstrained
     * @param scale digits after the decimal point of a decimal column
     * @param nullable whether the column accepts NULL
     * @param generated whether the database generates the value (identity key)
     * @param serverDefault the SQL default expression, or {@code null}
     */
    public ColumnSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Whether the column has a server default.
     *
     * @return {@code true} if {@link #serverDefault()} is set
     */
    public boolean hasServerDefault() {
        return serverDefault != null;
    }
}
