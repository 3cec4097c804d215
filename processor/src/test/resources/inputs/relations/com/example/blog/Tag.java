package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import java.util.List;

@Entity
public class Tag {
    @Id @Column(length = 40) String name;
    @ManyToMany(mappedBy = "tags") private List<Post> posts;

    public List<Post> getPosts() {
        return posts;
    }

    public void setPosts(List<Post> posts) {
        this.posts = posts;
    }
}
