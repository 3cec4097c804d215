package com.example.relationships;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.Database;
import java.util.List;
// end::imports[]

/** Joins along relationships: the ON clause comes from the relationship's keys. */
public final class Joining {
    private Joining() {
    }

    // tag::joins[]
    public static List<Post> postsBy(Database db, String author) {
        return db.select(POST)
                .join(POST.author)                             // JOIN users ON users.id = posts.author_id
                .where(USER.name.eq(author))
                .orderBy(POST.title.asc())
                .fetch();
    }

    public static List<User> usersWhoUsedTag(Database db, String tag) {
        return db.select(USER)
                .join(USER.posts)
                .join(POST.tags)                               // through post_tags to tags
                .where(TAG.name.eq(tag))
                .distinct()                                    // a user once, however many posts match
                .orderBy(USER.name.asc())
                .fetch();
    }

    public static List<Post> untaggedPosts(Database db) {
        return db.select(POST)
                .leftJoin(POST.tags)
                .where(TAG.id.isNull())
                .fetch();
    }

    public static long postsByAuthorsStartingWith(Database db, String prefix) {
        var writer = USER.as("writer");                        // the target table under an alias
        return db.select(POST)
                .join(POST.author, writer)
                .where(writer.name.like(prefix + "%"))
                .count();
    }
    // end::joins[]
}
