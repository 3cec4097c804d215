package dev.quarry.bench.contender;

import dev.quarry.bench.model.NewPost;
import dev.quarry.bench.model.UserGraph;
import java.util.List;

/**
 * One way of talking to the database, written as its own users write it. Each method is one
 * benchmark scenario; reads map rows into the contender's own objects.
 */
public interface Contender extends AutoCloseable {
    /** Scenario 1: the user with the given key, as an object. */
    Object userById(long id);

    /** Scenario 2: the users with keys in {@code [first, last]}, newest first, as objects. */
    List<?> usersInRange(long first, long last);

    /** Scenario 3: inserts the posts in one transaction; returns how many were inserted. */
    int insertPosts(List<NewPost> posts);

    /**
     * Scenario 6: loads many posts in one transaction, the fastest way the contender offers its
     * users; returns how many were inserted. By default, as {@link #insertPosts}.
     */
    default int bulkLoad(List<NewPost> posts) {
        return insertPosts(posts);
    }

    /** Scenario 4: the users with keys in {@code [first, last]} with their posts, by user id then post id. */
    List<? extends UserGraph> usersWithPosts(long first, long last);

    /** Scenario 5: sets the bio of one user; returns the number of rows changed. */
    int updateBio(long id, String bio);

    /** Scenario 7: id and e-mail of the users with keys in {@code [first, last]}, by e-mail. */
    List<?> emailsInRange(long first, long last);

    /**
     * Scenario 8, in one transaction: loads the users with keys in {@code [first, last]} by key
     * (1,000 objects), gives every {@value dev.quarry.bench.Workload#CHANGE_EVERY}th of them
     * (positions 0, 10, 20, ...) the next of {@code bios} as its bio, writes those changes and
     * commits; returns the number of rows changed.
     */
    int loadChangeFlush(long first, long last, String[] bios);

    /** Releases the contender's pool and other resources. */
    @Override
    void close();
}
