package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column references the primary key of another entity. The target must be an
 * {@link Entity} with a single-column key whose Java type matches this column's type
 * (boxed and primitive forms match).
 *
 * <pre>{@code
 * @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long authorId;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ForeignKey {
    /**
     * The referenced entity.
     *
     * @return the referenced entity class
     */
    Class<?> value();

    /**
     * What the database does to this row when the referenced row is deleted.
     *
     * @return the referential action
     */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /**
     * The constraint name; by default {@code fk_<table>_<column>}.
     *
     * @return the constraint name, or {@code ""} for the default
     */
    String name() default "";
}
