package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Hand-written SQL for a method of a {@link Repository} interface, with {@code :name}
 * placeholders bound to the method's parameters of the same name. Quarry parses the SQL at
 * compile time and checks it against the annotated entities: every table and column must
 * exist, every parameter must be used and every placeholder must have a parameter.
 *
 * <p>A {@code SELECT} of whole entities ({@code select * from users where ...}) maps to the
 * repository's entity ({@code E}, {@code Optional<E>}, {@code List<E>} or {@code Stream<E>});
 * a {@code SELECT} of one column maps to a scalar of a column type. An {@code INSERT},
 * {@code UPDATE} or {@code DELETE} needs {@link Modifying} and returns the row count
 * ({@code int}, {@code long}) or nothing.
 *
 * <pre>{@code
 * @Query("select * from users where age > :age order by name")
 * List<User> olderThan(int age);
 * }</pre>
 *
 * <p>Values are always bound as parameters, never written into the SQL text.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
    /**
     * The SQL, with {@code :name} placeholders for the method's parameters.
     *
     * @return the SQL
     */
    String value();
}
