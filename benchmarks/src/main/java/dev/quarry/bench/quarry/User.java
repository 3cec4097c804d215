package dev.quarry.bench.quarry;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.OneToMany;
import dev.quarry.bench.model.UserGraph;
import java.time.Instant;
import java.util.List;

/** A Quarry entity of {@code users}; the processor generates {@code User_} and its mapper. */
@Entity(table = "users")
public class User implements UserGraph {
    @Id
    @GeneratedValue
    Long id;
    @Column(length = 100)
    String name;
    @Column(length = 255, unique = true)
    String email;
    @Nullable
    @Column(length = 500)
    String bio;
    int age;
    Instant createdAt;
    @OneToMany(mappedBy = "author")
    List<Post> posts;

    User() {
    }

    /** Sets the biography; a session tracks the change (scenario 8). */
    public void setBio(String bio) {
        this.bio = bio;
    }

    @Override
    public int postCount() {
        return posts.size();
    }
}
