package dev.quarry.bench.quarry;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.relation.Ref;
import java.time.Instant;

/** A Quarry entity of {@code posts}; the processor generates {@code Post_} and its mapper. */
@Entity(table = "posts")
public class Post {
    @Id
    @GeneratedValue
    Long id;
    @ForeignKey(User.class)
    long authorId;
    @Column(length = 200)
    String title;
    String content;
    boolean published;
    Instant createdAt;
    @ManyToOne(joinColumn = "authorId")
    Ref<User> author;

    Post() {
    }

    /** A new post, without a key until inserted. */
    Post(long authorId, String title, String content, boolean published, Instant createdAt) {
        this.authorId = authorId;
        this.title = title;
        this.content = content;
        this.published = published;
        this.createdAt = createdAt;
    }
}
