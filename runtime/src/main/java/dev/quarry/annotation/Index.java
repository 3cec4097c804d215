package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A table-level index over one or more columns, named by their Java property names.
 *
 * <pre>{@code
 * @Entity
 * @Index(columns = {"authorId", "createdAt"})
 * @Index(columns = "slug", unique = true)
 * public class Post { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {
    /**
     * The property names, in index order.
     *
     * @return the property names
     */
    String[] columns();

    /**
     * A unique index (a unique constraint over the columns).
     *
     * @return {@code true} for a unique index
     */
    boolean unique() default false;

    /**
     * The index name; by default {@code ix_<table>_<col1>_<col2>} ({@code ux_} for unique ones).
     *
     * @return the index name, or {@code ""} for the default
     */
    String name() default "";
}
