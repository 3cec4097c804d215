package com.example.dialects;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.selectIn;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.PoolStats;
import java.util.List;
// end::imports[]

/** What the two dialects do differently, shown on the blog. */
public final class Differences {
    private Differences() {
    }

    // tag::select-in[]
    public static List<User> usersWithPosts(Database db) {
        return db.select(USER).orderBy(USER.name.asc())
                .load(selectIn(USER.posts))            // a second statement for the posts of every user read
                .fetch();
    }
    // end::select-in[]

    // tag::bulk[]
    public static long archive(Database db, List<Post> posts) {
        return db.bulkInsert(POST, posts);             // PostgreSQL: COPY; SQLite: multi-row INSERTs
    }
    // end::bulk[]

    // tag::memory[]
    public static PoolStats inMemory() {
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {   // the database lives in its connection
            return db.poolStats();                     // total 1, whatever maximumPoolSize says
        }
    }
    // end::memory[]

    // tag::foreign-keys[]
    public static Post postByNobody(Database db) {
        return db.insert(POST, new Post("Orphan", "...", 999L));   // ForeignKeyViolationException, on SQLite too
    }
    // end::foreign-keys[]
}
