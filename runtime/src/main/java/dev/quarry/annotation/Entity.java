package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a table. At compile time Quarry generates, in the same package,
 * the metamodel {@code X_} (a typed table with one typed column per property), a row mapper
 * and the table's schema.
 *
 * <p>Every non-static, non-{@link Transient} field (or record component) is a column. A class
 * entity needs a constructor the generated code can call (a no-argument constructor, or one
 * taking every column in declaration order) and, for each column, a non-private field or a
 * getter and setter.
 *
 * <pre>{@code
 * @Entity(table = "users")
 * public class User {
 *     @Id @GeneratedValue Long id;
 *     @Column(length = 100) String name;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
    /**
     * The table name; by default the class's simple name in snake_case ({@code BlogPost} → {@code blog_post}).
     *
     * @return the table name, or {@code ""} for the default
     */
    String table() default "";
}
