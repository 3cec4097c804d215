package com.example.blog;

import com.example.tags.Tag;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.relation.Ref;
import java.util.Set;

@Entity(table = "posts")
public record Post(
        @Id @GeneratedValue long id,
        @ForeignKey(User.class) long authorId,
        String title,
        @ManyToOne(joinColumn = "authorId") Ref<User> author,
        @ManyToMany(joinTable = "post_tags") Set<Tag> tags) {
}
