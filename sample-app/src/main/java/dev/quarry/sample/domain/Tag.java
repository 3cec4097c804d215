package dev.quarry.sample.domain;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import java.util.List;

/** A tag on posts: the other side of {@link Post#tags()}, through the generated {@code post_tags} table. */
@Entity(table = "tags")
public class Tag {
    @Id @GeneratedValue Long id;
    @Column(length = 50, unique = true) String name;
    @ManyToMany(mappedBy = "tags") List<Post> posts;

    /** For the generated mapper. */
    Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "Tag{id=" + id + ", name=" + name + "}";
    }
}
