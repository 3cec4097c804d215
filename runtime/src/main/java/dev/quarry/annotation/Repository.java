package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface extending {@link dev.quarry.repository.CrudRepository} or
 * {@link dev.quarry.repository.ReadRepository} whose implementation Quarry generates at compile
 * time, in the same package, as {@code <Interface>_Impl}: a public final class with one
 * constructor taking the {@link dev.quarry.Database}.
 *
 * <p>Besides the inherited methods, the interface may declare:
 * <ul>
 *   <li>finders derived from the method name, such as
 *       {@code Optional<User> findByEmail(String email)} or
 *       {@code List<User> findByAgeGreaterThanOrderByNameAsc(int age)}, checked against the
 *       entity's properties;</li>
 *   <li>{@link Query} methods with hand-written SQL, checked against the annotated entities;</li>
 *   <li>{@code default} methods, which can use the DSL through {@code database()}.</li>
 * </ul>
 *
 * <pre>{@code
 * @Repository
 * public interface UserRepository extends CrudRepository<User, Long> {
 *     Optional<User> findByEmail(String email);
 *     List<User> findByNameContainingOrderByNameAsc(String part);
 * }
 *
 * UserRepository users = new UserRepository_Impl(database);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {
}
