package dev.quarry.it.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Transient;
import java.time.Instant;

/**
 * A blog user: a class entity with a generated key, a unique column read through accessors, a
 * nullable column, a server default and an enum.
 */
@Entity(table = "users")
@Index(columns = {"name", "createdAt"})
public class User {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String name;

    @Column(length = 255, unique = true)
    private String email;

    @Nullable
    @Column(length = 500)
    public String bio;

    public int age;

    @Column(serverDefault = "CURRENT_TIMESTAMP")
    public Instant createdAt;

    public UserStatus status;

    /** Not a column: never written or read. */
    @Transient
    public String scratch;

    /** For the generated mapper. */
    public User() {
    }

    /** A new user with no bio, created now by the database. */
    public User(String name, String email, int age, UserStatus status) {
        this.name = name;
        this.email = email;
        this.age = age;
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Sets the bio and returns this user. */
    public User withBio(String bio) {
        this.bio = bio;
        return this;
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", name=" + name + ", email=" + email + ", bio=" + bio + ", age=" + age
                + ", createdAt=" + createdAt + ", status=" + status + "]";
    }
}
