package dev.quarry.sample.repository;

import static dev.quarry.sample.domain.Post_.POST;

import dev.quarry.DataAccess;
import dev.quarry.sample.domain.Post;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Data access for posts. Calls join the caller's transaction; the repository never commits or
 * rolls back.
 */
public final class PostRepository {
    private final DataAccess db;

    public PostRepository(DataAccess db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Stores new posts in one batched statement; returns them with ids and creation times. */
    public List<Post> addAll(Collection<Post> posts) {
        return db.insertAll(POST, posts);
    }

    /** An author's posts, most liked first. */
    public List<Post> byAuthor(long authorId) {
        return db.select(POST)
                .where(POST.authorId.eq(authorId))
                .orderBy(POST.likes.desc(), POST.id.asc())
                .fetch();
    }

    /** Posts with at least {@code minLikes} likes, most liked first, one page of them. */
    public List<Post> popular(int minLikes, int limit) {
        return db.select(POST)
                .where(POST.likes.ge(minLikes))
                .orderBy(POST.likes.desc(), POST.id.asc())
                .limit(limit)
                .fetch();
    }

    /** Adds a like to a post; returns whether the post exists. */
    public boolean like(long postId, int currentLikes) {
        return db.update(POST)
                .set(POST.likes, currentLikes + 1)
                .where(POST.id.eq(postId).and(POST.likes.eq(currentLikes)))
                .execute() == 1;
    }

    /** Deletes an author's posts whose title matches; returns how many. */
    public int deleteByAuthorAndTitle(long authorId, String titlePattern) {
        return db.delete(POST)
                .where(POST.authorId.eq(authorId).and(POST.title.like(titlePattern)))
                .execute();
    }
}
