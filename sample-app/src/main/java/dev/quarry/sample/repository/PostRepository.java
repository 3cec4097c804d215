package dev.quarry.sample.repository;

import static dev.quarry.sample.domain.Post_.POST;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import dev.quarry.sample.domain.Post;
import java.util.List;

/**
 * Data access for posts; Quarry generates {@code PostRepository_Impl}. Calls join the caller's
 * transaction; the repository never commits or rolls back.
 */
@Repository
public interface PostRepository extends CrudRepository<Post, Long> {
    /** An author's posts, most liked first. */
    List<Post> findByAuthorIdOrderByLikesDescIdAsc(long authorId);

    /** Deletes an author's posts whose title matches a LIKE pattern; returns how many. */
    int deleteByAuthorIdAndTitleLike(long authorId, String titlePattern);

    /** Posts with at least {@code minLikes} likes, most liked first, at most {@code limit} of them. */
    default List<Post> popular(int minLikes, int limit) {
        return database().select(POST)
                .where(POST.likes.ge(minLikes))
                .orderBy(POST.likes.desc(), POST.id.asc())
                .limit(limit)
                .fetch();
    }

    /**
     * Adds a like to a post, if it still has {@code currentLikes} (optimistic check); returns
     * whether it was updated.
     */
    default boolean like(long postId, int currentLikes) {
        return database().update(POST)
                .set(POST.likes, currentLikes + 1)
                .where(POST.id.eq(postId).and(POST.likes.eq(currentLikes)))
                .execute() == 1;
    }
}
