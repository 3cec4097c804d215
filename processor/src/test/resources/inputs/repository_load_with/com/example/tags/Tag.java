package com.example.tags;

import com.example.blog.Post;
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
}
