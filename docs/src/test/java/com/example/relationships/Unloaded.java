package com.example.relationships;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.relation.Relations;
// end::imports[]

/** A relationship no load option filled throws when it is read. */
public final class Unloaded {
    private Unloaded() {
    }

    // tag::not-loaded[]
    public static int countPosts(Database db, long userId) {
        User user = db.get(USER, userId).orElseThrow();       // no load option
        return user.posts().size();                            // throws RelationNotLoadedException
    }
    // end::not-loaded[]

    // tag::is-loaded[]
    public static boolean postsLoaded(User user) {
        return Relations.isLoaded(user.posts());               // false until a load option filled it
    }
    // end::is-loaded[]
}
