package dev.quarry.bench.hibernate;

import dev.quarry.bench.model.UserGraph;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The JPA entity of {@code users}, with its posts as a lazy one-to-many. */
@Entity(name = "User")
@Table(name = "users")
public class UserEntity implements UserGraph {
    @Id
    private Long id;
    @Column(length = 100, nullable = false)
    private String name;
    @Column(length = 255, nullable = false, unique = true)
    private String email;
    @Column(length = 500)
    private String bio;
    private int age;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "author")
    @OrderBy("id")
    private List<PostEntity> posts = new ArrayList<>();

    /** For JPA. */
    protected UserEntity() {
    }

    /** The key. */
    public Long getId() {
        return id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The e-mail address. */
    public String getEmail() {
        return email;
    }

    /** The biography, or {@code null}. */
    public String getBio() {
        return bio;
    }

    /** Sets the biography. */
    public void setBio(String bio) {
        this.bio = bio;
    }

    /** The age. */
    public int getAge() {
        return age;
    }

    /** The creation time. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The posts; loaded only when fetched. */
    public List<PostEntity> getPosts() {
        return posts;
    }

    @Override
    public int postCount() {
        return posts.size();
    }
}
