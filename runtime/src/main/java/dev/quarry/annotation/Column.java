package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column details. Optional: every non-transient field or record component is a column; this
 * annotation only changes the defaults.
 *
 * <p>Nullability comes from the Java type: a primitive is {@code NOT NULL}; a reference type is
 * {@code NOT NULL} unless it is annotated with any annotation whose simple name is
 * {@code Nullable} (Quarry's {@link Nullable}, JSpecify's, Jakarta's, ...) or
 * {@code nullable = true} is given here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
    /**
     * The column name; by default the property name in snake_case ({@code createdAt} → {@code created_at}).
     *
     * @return the column name
     */
    String name() default "";

    /**
     * Maximum length of a {@code String} column ({@code varchar(n)}); 0, the default, means unbounded text.
     *
     * @return the maximum length, or 0
     */
    int length() default 0;

    /**
     * Total digits of a {@code BigDecimal} column ({@code numeric(p, s)}); 0 means the dialect's unconstrained numeric.
     *
     * @return the total digits, or 0
     */
    int precision() default 0;

    /**
     * Digits after the decimal point of a {@code BigDecimal} column; needs {@link #precision()}.
     *
     * @return the digits after the decimal point
     */
    int scale() default 0;

    /**
     * Whether the column accepts NULL; a primitive type can never be nullable.
     *
     * @return {@code true} if the column accepts NULL
     */
    boolean nullable() default false;

    /**
     * Adds a single-column unique constraint.
     *
     * @return {@code true} for a unique constraint
     */
    boolean unique() default false;

    /**
     * Adds a single-column (non-unique) index.
     *
     * @return {@code true} for an index
     */
    boolean index() default false;

    /**
     * A SQL expression the database uses when an insert gives no value, written into the DDL as
     * is, for example {@code "CURRENT_TIMESTAMP"} or {@code "0"}. When the entity's value is
     * {@code null} at insert, the column is left out of the insert so the default applies.
     *
     * @return the SQL default expression, or {@code ""} for none
     */
    String serverDefault() default "";
}
