package com.example.session;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.selectIn;

import com.example.blog.Post;
import com.example.blog.Tag;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.relation.Ref;
import dev.quarry.session.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
// end::imports[]

/** The session's cascades: a new graph in one flush, a collection written by difference, a delete that cascades. */
public final class Cascading {
    private Cascading() {
    }

    // tag::save[]
    public static long newAuthor(Database db) {
        try (Session session = db.session()) {
            Tag intro = new Tag("intro-" + System.nanoTime());
            User ann = new User("Ann", "ann-" + System.nanoTime() + "@example.com", 28);
            ann.setPosts(new ArrayList<>(List.of(
                    new Post(null, "Hello", "My first post", 0, 0, null, Ref.unloaded(), new HashSet<>(Set.of(intro))),
                    new Post("Again", "My second post", 0))));
            session.add(USER, ann);     // only the user: its posts and their tag are reached through the holders
            session.commit();           // INSERT users; INSERT posts (author_id set) and tags; INSERT post_tags
            return ann.id();
        }
    }
    // end::save[]

    // tag::untag[]
    public static void untag(Database db, long postId) {
        try (Session session = db.session()) {
            Post post = session.select(POST)
                    .where(POST.id.eq(postId))
                    .load(selectIn(POST.tags))  // the set remembers what was loaded
                    .one();
            post.tags().clear();
            session.commit();           // DELETE FROM post_tags WHERE post_id = ? AND tag_id = ?: nothing else
        }
    }
    // end::untag[]

    // tag::delete[]
    public static void deleteAuthor(Database db, long userId) {
        try (Session session = db.session()) {
            User user = session.get(USER, userId).orElseThrow();
            session.delete(user);       // User.posts is cascade = DELETE: its posts go too, loaded or not
            session.commit();           // SELECT posts; DELETE post_tags; DELETE posts; DELETE users
        }
    }
    // end::delete[]
}
