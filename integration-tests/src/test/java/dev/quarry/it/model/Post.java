package dev.quarry.it.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.ReferentialAction;
import java.time.Instant;

/**
 * A blog post: a record entity with a generated key, a foreign key that cascades on delete, a
 * server default on a boxed column and a two-column index.
 *
 * @param id          the generated key; {@code null} before insert
 * @param authorId    the {@link User} who wrote it
 * @param title       the title
 * @param content     the text, unbounded
 * @param publishedAt when it was published, if it was
 * @param views       how often it was read; the database sets 0 when {@code null} at insert
 */
@Entity(table = "posts")
@Index(columns = {"authorId", "publishedAt"})
public record Post(
        @Id @GeneratedValue Long id,
        @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long authorId,
        @Column(length = 200) String title,
        String content,
        @Nullable Instant publishedAt,
        @Column(serverDefault = "0") Integer views) {

    /** A new, unpublished post whose views the database sets. */
    public static Post draft(long authorId, String title, String content) {
        return new Post(null, authorId, title, content, null, null);
    }
}
