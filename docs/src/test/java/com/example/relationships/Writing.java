package com.example.relationships;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.selectIn;

import com.example.blog.Post;
import com.example.blog.Tag;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.relation.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
// end::imports[]

/** Writing object graphs: persist, remove, link and unlink. */
public final class Writing {
    private Writing() {
    }

    // tag::persist[]
    public static User newAuthorWithPosts(Database db) {
        Tag history = db.select(TAG).where(TAG.name.eq("history")).one();   // an existing tag
        User ann = new User("Ann", "ann@example.com", 28);
        ann.setPosts(new ArrayList<>(List.of(
                new Post(null, "Hello", "My first post", 0, 0, null,
                        Ref.unloaded(), Set.of(history, new Tag("intro"))),   // one tag exists, one is new
                new Post("Again", "My second post", 0))));
        return db.persist(USER, ann);
    }
    // end::persist[]

    // tag::orphan[]
    public static User dropPost(Database db, long userId, String title) {
        User user = db.select(USER)
                .where(USER.id.eq(userId))
                .load(selectIn(USER.posts))
                .one();
        user.posts().removeIf(post -> post.title().equals(title));
        return db.persist(USER, user);                         // deletes the orphan and its join rows
    }
    // end::orphan[]

    // tag::remove[]
    public static void removeUser(Database db, long userId) {
        User user = db.get(USER, userId).orElseThrow();
        db.remove(USER, user);                                 // its posts' join rows, its posts, then the user
    }
    // end::remove[]

    // tag::link[]
    public static void retag(Database db, Post post, Tag from, Tag to) {
        db.unlink(POST.tags, post, from);                      // DELETE FROM post_tags WHERE ...
        db.link(POST.tags, post, to);                          // INSERT INTO post_tags ...
    }
    // end::link[]
}
