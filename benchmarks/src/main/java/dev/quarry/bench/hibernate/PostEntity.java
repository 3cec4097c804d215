package dev.quarry.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The JPA entity of {@code posts}. Its key comes from {@code posts_id_seq} through a pooled
 * sequence generator (the sequence steps by 50), so inserts can be batched.
 */
@Entity(name = "Post")
@Table(name = "posts")
public class PostEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posts_id")
    @SequenceGenerator(name = "posts_id", sequenceName = "posts_id_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserEntity author;
    @Column(length = 200, nullable = false)
    private String title;
    @Column(nullable = false)
    private String content;
    private boolean published;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected PostEntity() {
    }

    /** A new post. */
    public PostEntity(UserEntity author, String title, String content, boolean published, Instant createdAt) {
        this.author = author;
        this.title = title;
        this.content = content;
        this.published = published;
        this.createdAt = createdAt;
    }

    /** The key, once persisted. */
    public Long getId() {
        return id;
    }

    /** The author. */
    public UserEntity getAuthor() {
        return author;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** The text. */
    public String getContent() {
        return content;
    }

    /** Whether the post is published. */
    public boolean isPublished() {
        return published;
    }

    /** The creation time. */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
