package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.ReferentialAction;
import java.time.Instant;

@Entity(table = "posts")
@Index(columns = {"authorId", "createdAt"})
public record Post(
        @Id @GeneratedValue Long id,
        @Column(length = 200) String title,
        String content,
        @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long authorId,
        int likes,
        @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt) {

    /** A new post: the database assigns the key and the creation time. */
    public Post(String title, String content, long authorId) {
        this(null, title, content, authorId, 0, null);
    }
}
