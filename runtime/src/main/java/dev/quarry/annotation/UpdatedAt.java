package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The time the row was last written. Every insert sets it as {@link CreatedAt} does, to the same
 * instant; every update of the object through the session's flush (only when a column changed: a
 * flush that sends nothing does not touch it) or a generated repository's
 * {@code save}/{@code saveAll} sets it to the current time of the database's
 * {@linkplain dev.quarry.DatabaseConfig#clock() clock}, truncated to microseconds. The object
 * holds the value afterwards: set on a class, in the returned (or tracked) instance for a record.
 *
 * <p>Allowed on one column per entity, of type {@link java.time.Instant},
 * {@link java.time.OffsetDateTime} or {@link java.time.LocalDateTime}, and not on the {@link Id}
 * column. The query language's {@code update(...)} statements do not set it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {
}
