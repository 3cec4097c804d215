package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The relationships a derived finder of a {@link Repository} always loads, named as
 * dot-separated paths of relationship properties from the repository's entity: {@code "posts"},
 * {@code "posts.tags"}. Every level of a path uses the strategy of the list it is in:
 *
 * <ul>
 *   <li>{@link #selectIn}: one more statement per level, for all the entities of the level
 *       above at once ({@code Load.selectIn(...)});</li>
 *   <li>{@link #joined}: folded into the statement of the level above with a {@code LEFT JOIN}
 *       ({@code Load.joined(...)}); not for many-to-many relationships.</li>
 * </ul>
 *
 * <pre>{@code
 * @Repository
 * public interface UserRepository extends CrudRepository<User, Long> {
 *     @LoadWith(selectIn = "posts.tags", joined = "profile")
 *     List<User> findByNameStartingWith(String prefix);   // 3 statements: users + profiles, posts, tags
 * }
 *
 * // generated:
 * return database().select(USER)
 *         .where(USER.name.like(prefix + "%"))
 *         .load(Load.selectIn(USER.posts).then(Post_.POST.tags))
 *         .load(Load.joined(USER.profile))
 *         .fetch();
 * }</pre>
 *
 * <p>It applies to derived finders returning the entity, {@code Optional}, {@code List},
 * {@code Page} or {@code Slice} of it (a page's count ignores it; the page's entities are
 * loaded), together with any {@code Load<E, ?>} parameters, which are applied after the paths
 * named here. The paths are checked at compile time: each segment must name a relationship of
 * the entity reached so far, a {@code joined} path cannot go through a many-to-many, and a
 * relationship cannot start paths in both lists. A joined one-to-many on a finder with a
 * {@code First}/{@code Top} limit or a page still limits the entities, not their rows. For filters or orders on the loaded collections, or for a
 * path mixing both strategies, take a {@code Load<E, ?>} parameter instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LoadWith {
    /**
     * Paths loaded with one more statement per level ({@code "posts"}, {@code "posts.tags"}).
     *
     * @return the select-in paths
     */
    String[] selectIn() default {};

    /**
     * Paths joined into the statement of the level above ({@code "author"}, {@code "profile"}).
     *
     * @return the joined paths
     */
    String[] joined() default {};
}
