package com.example.blog;

import dev.quarry.annotation.Cascade;
import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.OneToMany;
import java.time.Instant;
import java.util.List;

@Entity(table = "users")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @Column(length = 255, unique = true) String email;
    @Nullable @Column(length = 500) String bio;
    int age;
    UserStatus status;
    @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt;
    @OneToMany(mappedBy = "author", cascade = {Cascade.DELETE, Cascade.DELETE_ORPHAN})
    List<Post> posts;

    User() {                                  // for the generated mapper
    }

    public User(String name, String email, int age) {
        this.name = name;
        this.email = email;
        this.age = age;
        this.status = UserStatus.ACTIVE;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String email() { return email; }
    public String bio() { return bio; }
    public int age() { return age; }
    public UserStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public List<Post> posts() { return posts; }   // throws unless a load option loaded them

    public void setBio(String bio) { this.bio = bio; }
    public void setPosts(List<Post> posts) { this.posts = posts; }

    @Override
    public String toString() {
        return "User{id=" + id + ", name=" + name + "}";
    }
}
