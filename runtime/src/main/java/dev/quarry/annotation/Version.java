package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entity's version column, for optimistic locking. Every update of a row through the session,
 * a generated repository or {@code persist} sets {@code "version" = "version" + 1} and adds
 * {@code AND "version" = ?} (the version the object holds) to its {@code WHERE}; every delete of
 * an object adds the same condition. When no row matches, someone else changed or deleted the row
 * since it was read, and the write fails with
 * {@link dev.quarry.exception.OptimisticLockException}; after a successful update the object holds
 * the new version (set on a class, in the returned or tracked instance for a record).
 *
 * <p>New rows start at version 0: the column is {@code NOT NULL DEFAULT 0}, and a {@code null}
 * {@link Integer} or {@link Long} version is inserted as that default and read back.
 *
 * <pre>{@code
 * @Entity
 * public class Account {
 *     @Id @GeneratedValue Long id;
 *     long balance;
 *     @Version int version;
 * }
 * }</pre>
 *
 * <p>Allowed on one column per entity, of type {@code int}, {@code long}, {@link Integer} or
 * {@link Long}, and not on the {@link Id} column.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {
}
