package dev.quarry.sample.domain;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.OneToMany;
import java.time.Instant;
import java.util.List;

/** A blog author: a mutable class entity whose key the database generates, with its posts. */
@Entity(table = "users")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @Column(length = 255, unique = true) String email;
    @Nullable @Column(length = 500) String bio;
    @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt;
    @OneToMany(mappedBy = "author") List<Post> posts;

    /** For the generated mapper. */
    User() {
    }

    public User(String name, String email, String bio) {
        this.name = name;
        this.email = email;
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getBio() {
        return bio;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The user's posts, when the query that read the user loaded them (else it throws, naming the load option). */
    public List<Post> getPosts() {
        return posts;
    }

    @Override
    public String toString() {
        return "User{id=" + id + ", name=" + name + ", email=" + email + "}";
    }
}
