package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database generates this key column's value (an identity column on PostgreSQL,
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT} on SQLite). It is left out of inserts, and the
 * generated value is read back into the inserted entity: set on a class, or returned in a new
 * instance for a record. Allowed on a single {@link Id} column of type {@code int},
 * {@code long}, {@link Integer} or {@link Long}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface GeneratedValue {
}
