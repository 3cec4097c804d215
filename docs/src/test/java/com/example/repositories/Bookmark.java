package com.example.repositories;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.ReferentialAction;
import java.time.LocalDate;

@Entity(table = "bookmarks")
public record Bookmark(
        @Id @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long userId,
        @Id @ForeignKey(value = Post.class, onDelete = ReferentialAction.CASCADE) long postId,
        int position,
        @Nullable LocalDate readOn) {
}
