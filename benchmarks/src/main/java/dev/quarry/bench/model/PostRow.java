package dev.quarry.bench.model;

import java.time.Instant;

/**
 * A row of {@code posts}, as hand-written JDBC, JDBI and jOOQ code maps it.
 *
 * @param id        the key
 * @param authorId  the author's user id
 * @param title     the title
 * @param content   the text
 * @param published whether the post is published
 * @param createdAt the creation time
 */
public record PostRow(long id, long authorId, String title, String content, boolean published, Instant createdAt) {
}
