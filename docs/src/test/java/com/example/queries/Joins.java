package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.count;

import com.example.blog.Post;
import com.example.blog.User_;
import dev.quarry.Database;
import dev.quarry.query.Tuple2;
import java.util.List;
// end::imports[]

/** Joins on explicit conditions, and a self-join through an alias. */
public final class Joins {
    private Joins() {
    }

    // tag::posts-per-user[]
    public record PostCount(String author, long posts) {}

    public static List<PostCount> postsPerUser(Database db) {
        return db.select(USER)
                .join(POST).on(POST.authorId.eq(USER.id))
                .select(USER.name, count(POST.id)).into(PostCount::new)
                .groupBy(USER.id, USER.name)
                .orderBy(count(POST.id).desc(), USER.name.asc())
                .fetch();
    }
    // end::posts-per-user[]

    // tag::liked-by-author[]
    public static List<Post> likedPostsOf(Database db, String author) {
        return db.select(POST)
                .join(USER).on(USER.id.eq(POST.authorId))
                .where(USER.name.eq(author))            // conditions over any joined table
                .where(POST.likes.gt(0))
                .orderBy(POST.title.asc())
                .fetch();                               // entities of the first table
    }
    // end::liked-by-author[]

    // tag::top-tags[]
    public static List<Tuple2<String, Long>> topTags(Database db) {
        return db.select(TAG)
                .join(TAG.posts)                        // along the relationship, through post_tags
                .select(TAG.name, count(POST.id))
                .groupBy(TAG.id, TAG.name)
                .orderBy(count(POST.id).desc(), TAG.name.asc())
                .limit(3)
                .fetch();
    }
    // end::top-tags[]

    // tag::self-join[]
    public static List<Tuple2<String, Long>> olderUsers(Database db) {
        User_ older = USER.as("older");
        return db.select(USER)
                .leftJoin(older).on(older.age.gt(USER.age))
                .select(USER.name, count(older.id))
                .groupBy(USER.name)
                .orderBy(USER.name.asc())
                .fetch();
    }
    // end::self-join[]
}
