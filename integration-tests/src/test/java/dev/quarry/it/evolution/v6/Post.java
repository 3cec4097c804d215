package dev.quarry.it.evolution.v6;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import dev.quarry.annotation.ReferentialAction;
import java.math.BigDecimal;
import java.util.Set;

/** A blog post at schema version 6. */
@Entity(table = "posts")
public record Post(
        @Id @GeneratedValue Long id,
        @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long authorId,
        @Column(length = 200) String title,
        @Column(precision = 5, scale = 1) BigDecimal score,
        @ManyToMany(joinTable = "post_tags") Set<Tag> tags) {
}
