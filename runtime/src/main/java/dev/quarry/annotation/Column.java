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
    /** The column name; by default the property name in snake_case ({@code createdAt} → {@code created_at}). */
    String name() default "";

    /** Maximum length of a {@code String} column ({@code varchar(n)}); 0, the default, means unbounded text. */
    int length() default 0;

    /** Total digits of a {@code BigDecimal} column ({@code numeric(p, s)}); 0 means the dialect's unconstrained numeric. */
    int precision() default 0;

    /** Digits after the decimal point of a {@code BigDecimal} column; needs {@link #precision()}. */
    int scale() default 0;

    /** Whether the column accepts NULL; a primitive type can never be nullable. */
    boolean nullable() default false;

    /** Adds a single-column unique constraint. */
    boolean unique() default false;

    /** Adds a single-column (non-unique) index. */
    boolean index() default false;

    /**
     * A SQL expression the database uses when an insert gives no value, written into the DDL as
     * is, for example {@code "CURRENT_TIMESTAMP"} or {@code "0"}. When the entity's value is
     * {@code null} at insert, the column is left out of the insert so the default applies.
     */
    String serverDefault() default "";
}
