package dev.quarry.it.model;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.ReferentialAction;
import java.time.LocalDateTime;

/**
 * A tag on a post: a record with a composite key of two foreign keys, both cascading.
 *
 * @param postId   the tagged {@link Post}
 * @param tagId    the {@link Tag}
 * @param position the tag's place in the post's tag list
 * @param taggedAt when the tag was added, if known
 */
@Entity(table = "post_tags")
public record PostTag(
        @Id @ForeignKey(value = Post.class, onDelete = ReferentialAction.CASCADE) long postId,
        @Id @ForeignKey(value = Tag.class, onDelete = ReferentialAction.CASCADE) int tagId,
        int position,
        @Nullable LocalDateTime taggedAt) {
}
