package com.example.blog;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.relation.Ref;
import java.util.Set;

@Entity
public record Post(
        @Id @GeneratedValue long id,
        String title,
        @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long authorId,
        @ManyToOne(joinColumn = "authorId") Ref<User> author,
        @ManyToMany(joinTable = "post_tags") Set<Tag> tags) {
}
