package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import java.util.List;

@Entity(table = "tags")
public class Tag {
    @Id @GeneratedValue Long id;
    @Column(length = 50, unique = true) String name;
    @ManyToMany(mappedBy = "tags") List<Post> posts;

    Tag() {                                   // for the generated mapper
    }

    public Tag(String name) {
        this.name = name;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public List<Post> posts() { return posts; }

    @Override
    public String toString() {
        return "Tag{id=" + id + ", name=" + name + "}";
    }
}
