package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The time the row was inserted. Every insert through the session's flush, a generated
 * repository's {@code save}/{@code saveAll}, {@code db.insert}/{@code insertAll} and
 * {@code persist} sets it to the current time of the database's
 * {@linkplain dev.quarry.DatabaseConfig#clock() clock} (truncated to microseconds, the precision
 * every dialect stores), whatever the object held; updates never change it (a repository's update
 * leaves the column out, and the session does not send it).
 * The object holds the value afterwards: set on a class, in the returned (or tracked) instance for
 * a record. The generated mapper sets it; there is no reflection.
 *
 * <pre>{@code
 * @Entity
 * public class Note {
 *     @Id @GeneratedValue Long id;
 *     String text;
 *     @CreatedAt Instant createdAt;
 *     @UpdatedAt Instant updatedAt;
 * }
 * }</pre>
 *
 * <p>Allowed on one column per entity, of type {@link java.time.Instant},
 * {@link java.time.OffsetDateTime} or {@link java.time.LocalDateTime}, and not on the {@link Id}
 * column. Not filled by the query language's {@code insertInto(...)} or by {@code bulkInsert}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {
}
