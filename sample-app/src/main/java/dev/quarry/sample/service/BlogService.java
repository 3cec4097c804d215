package dev.quarry.sample.service;

import static dev.quarry.query.Load.selectIn;
import static dev.quarry.sample.domain.Post_.POST;
import static dev.quarry.sample.domain.Tag_.TAG;
import static dev.quarry.sample.domain.User_.USER;

import dev.quarry.Database;
import dev.quarry.StatementWatch;
import dev.quarry.sample.domain.Post;
import dev.quarry.sample.domain.Tag;
import dev.quarry.sample.domain.User;
import dev.quarry.sample.repository.PostRepository;
import dev.quarry.sample.repository.TagRepository;
import dev.quarry.sample.repository.UserRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The blog's business rules. Transaction boundaries live here: each public method that writes
 * runs in one transaction, and the repositories it calls join it.
 */
public final class BlogService {
    private final Database db;
    private final UserRepository users;
    private final PostRepository posts;
    private final TagRepository tags;

    public BlogService(Database db, UserRepository users, PostRepository posts, TagRepository tags) {
        this.db = Objects.requireNonNull(db, "db");
        this.users = Objects.requireNonNull(users, "users");
        this.posts = Objects.requireNonNull(posts, "posts");
        this.tags = Objects.requireNonNull(tags, "tags");
    }

    /**
     * Removes every author, post and tag in one transaction: deleting the users removes their
     * posts and the posts' tag links through the foreign keys' {@code ON DELETE CASCADE}.
     */
    public void clear() {
        db.useTransaction(tx -> {
            tx.delete(USER).all().execute();
            tx.delete(TAG).all().execute();
        });
    }

    /** An author and their first posts, registered together: either all are stored or none. */
    public record Registration(User author, List<Post> posts) {
        public Registration {
            posts = List.copyOf(posts);
        }
    }

    /**
     * Registers an author with their first posts in one transaction.
     *
     * @throws IllegalArgumentException if the email is already taken (nothing is stored)
     */
    public Registration register(User author, List<String> titles) {
        return db.transaction(tx -> {
            if (users.findByEmail(author.getEmail()).isPresent()) {
                throw new IllegalArgumentException("email already registered: " + author.getEmail());
            }
            User stored = users.save(author);
            List<Post> drafts = new ArrayList<>(titles.size());
            for (String title : titles) {
                drafts.add(Post.draft(stored.getId(), title, "About " + title.toLowerCase() + "."));
            }
            return new Registration(stored, posts.saveAll(drafts));
        });
    }

    /** Likes a post {@code times} times, in one transaction. */
    public void like(Post post, int times) {
        db.useTransaction(tx -> {
            int likes = post.likes();
            for (int i = 0; i < times; i++) {
                if (!posts.like(post.id(), likes++)) {
                    throw new IllegalStateException("post " + post.id() + " changed concurrently");
                }
            }
        });
    }

    /** The most liked posts. */
    public List<Post> popularPosts(int minLikes, int limit) {
        return posts.popular(minLikes, limit);
    }

    /** An author's posts, most liked first. */
    public List<Post> postsOf(User author) {
        return posts.findByAuthorIdOrderByLikesDescIdAsc(author.getId());
    }

    /** Users whose name contains {@code part}. */
    public List<User> findAuthors(String part) {
        return users.findByNameContainingOrderByNameAsc(part);
    }

    /** Removes an author's posts matching a title pattern; returns how many. */
    public int removePosts(User author, String titlePattern) {
        return db.transaction(tx -> posts.deleteByAuthorIdAndTitleLike(author.getId(), titlePattern));
    }

    /** How many users there are. */
    public long countUsers() {
        return users.count();
    }

    /** Tags a post, creating the tags that do not exist yet, in one transaction. */
    public void tag(Post post, List<String> names) {
        db.useTransaction(tx -> {
            for (String name : names) {
                Tag tag = tags.findByName(name).orElseGet(() -> tags.save(new Tag(name)));
                db.link(POST.tags, post, tag);
            }
        });
    }

    /** Authors with their posts and each post's tags, and how many statements reading them took. */
    public record AuthorsWithPosts(List<User> authors, int statements) {
        public AuthorsWithPosts {
            authors = List.copyOf(authors);
        }
    }

    /**
     * Every author with their posts (most liked first) and each post's tags: one statement per
     * level (users, posts, tags), however many authors there are. The watch would fail the call
     * if any statement ran twice, as a query per author (N+1) would.
     */
    public AuthorsWithPosts authorsWithPostsAndTags() {
        try (StatementWatch watch = db.watchStatements(1)) {
            List<User> authors = db.select(USER)
                    .orderBy(USER.name.asc())
                    .load(selectIn(USER.posts).orderBy(POST.likes.desc(), POST.id.asc()).then(POST.tags))
                    .fetch();
            return new AuthorsWithPosts(authors, watch.total());
        }
    }
}
