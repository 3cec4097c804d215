package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Query} method whose SQL changes rows ({@code INSERT}, {@code UPDATE} or
 * {@code DELETE}). The method returns the number of rows changed as {@code int} or
 * {@code long}, or {@code void}.
 *
 * <pre>{@code
 * @Modifying
 * @Query("update users set bio = :bio where id = :id")
 * int updateBio(long id, String bio);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Modifying {
}
