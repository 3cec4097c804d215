package dev.quarry.sample.domain;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.ReferentialAction;
import java.time.Instant;

/**
 * A blog post: an immutable record entity. Inserting it returns a new instance carrying the
 * generated id and the database's {@code created_at}.
 */
@Entity(table = "posts")
@Index(columns = {"authorId", "createdAt"})
public record Post(
        @Id @GeneratedValue Long id,
        @Column(length = 200) String title,
        String content,
        @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long authorId,
        int likes,
        @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt) {

    /** A new post, not yet stored. */
    public static Post draft(long authorId, String title, String content) {
        return new Post(null, title, content, authorId, 0, null);
    }
}
