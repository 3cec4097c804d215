package dev.quarry.bench.model;

import java.time.Instant;

/**
 * A row of {@code users}, as hand-written JDBC, JDBI and jOOQ code maps it.
 *
 * @param id        the key
 * @param name      the name
 * @param email     the unique e-mail address
 * @param bio       the biography, or {@code null}
 * @param age       the age
 * @param createdAt the creation time
 */
public record UserRow(long id, String name, String email, String bio, int age, Instant createdAt) {
}
