package dev.quarry.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * One column of an entity.
 *
 * @param property      the Java property name
 * @param name          the SQL column name
 * @param kind          the value kind
 * @param javaType      the property's declared type (primitive, boxed, enum class, {@code byte[]}, ...)
 * @param length        maximum length of a string column; 0 for unbounded
 * @param precision     total digits of a decimal column; 0 for unconstrained
 * @param scale         digits after the decimal point
 * @param nullable      whether the column accepts NULL
 * @param id            whether the column is (part of) the primary key
 * @param generated     whether the database generates the value
 * @param version       whether the column is the entity's {@code @Version} column
 * @param createdAt     whether the column is the entity's {@code @CreatedAt} column
 * @param updatedAt     whether the column is the entity's {@code @UpdatedAt} column
 * @param serverDefault the SQL default expression, or {@code null}
 * @param reader        how generated code reads the value
 * @param writer        how generated code assigns the value, or {@code null} when the entity is
 *                      built through an all-columns constructor
 */
public record ColumnDescriptor(
        String property,
        String name,
        ValueKind kind,
        TypeName javaType,
        int length,
        int precision,
        int scale,
        boolean nullable,
        boolean id,
        boolean generated,
        boolean version,
        boolean createdAt,
        boolean updatedAt,
        String serverDefault,
        Access reader,
        Access writer) {

    public ColumnDescriptor {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(reader, "reader");
    }

    /** Whether the Java type is primitive. */
    public boolean primitive() {
        return javaType.isPrimitive();
    }

    /** The Java type, boxed if primitive: the {@code T} of {@code Column<E, T>}. */
    public TypeName boxedType() {
        return javaType.box();
    }

    /** Whether the column has a server default. */
    public boolean hasServerDefault() {
        return serverDefault != null;
    }
}
