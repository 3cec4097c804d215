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
 * @param sqlType       the column's SQL type as a database declares it, when the schema was read
 *                      from one (introspection); {@code null} when the dialect derives it from
 *                      {@code type}, {@code length}, {@code precision} and {@code scale}, as for
 *                      every column the processor writes
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
        String serverDefault,
        String sqlType) {

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
     * @param sqlType the SQL type as a database declares it, or {@code null} to derive it from {@code type}
     */
    public ColumnSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Creates the schema of a column whose SQL type the dialect derives from its value type, as
     * the processor writes it.
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
    public ColumnSchema(String name, String property, ValueType type, int length, int precision, int scale,
            boolean nullable, boolean generated, String serverDefault) {
        this(name, property, type, length, precision, scale, nullable, generated, serverDefault, null);
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
