package dev.quarry.bench.model;

import java.util.List;

/**
 * A user with its posts, for the contenders that assemble graphs from rows.
 *
 * @param user  the user
 * @param posts the user's posts, by id
 * @param <U>   the user type
 * @param <P>   the post type
 */
public record UserPosts<U, P>(U user, List<P> posts) implements UserGraph {
    @Override
    public int postCount() {
        return posts.size();
    }
}
