package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.*;

import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.query.Tuple2;
import java.util.List;
// end::imports[]

/** EXISTS, IN and scalar subqueries, correlated or not. */
public final class Subqueries {
    private Subqueries() {
    }

    // tag::exists[]
    public static List<User> authors(Database db) {            // users with at least one post
        return db.select(USER)
                .where(exists(db.select(POST).where(POST.authorId.eq(USER.id))))
                .fetch();
    }
    // end::exists[]

    // tag::not-in[]
    public static List<String> silent(Database db) {           // users who wrote nothing
        return db.select(USER).select(USER.name)
                .where(USER.id.notIn(db.select(POST).select(POST.authorId)))
                .fetch();
    }
    // end::not-in[]

    // tag::in[]
    public static List<String> likedAuthors(Database db) {     // users with a liked post
        return db.select(USER).select(USER.name)
                .where(USER.id.in(db.select(POST).where(POST.likes.gt(0)).select(POST.authorId)))
                .orderBy(USER.name.asc())
                .fetch();
    }
    // end::in[]

    // tag::scalar[]
    public static List<Tuple2<String, Long>> postCounts(Database db) {
        return db.select(USER)
                .select(USER.name, scalar(db.select(POST).select(count()).where(POST.authorId.eq(USER.id))))
                .orderBy(USER.name.asc())
                .fetch();
    }

    public static List<String> mostLiked(Database db) {         // an uncorrelated one in WHERE
        return db.select(POST).select(POST.title)
                .where(POST.likes.eq(scalar(db.select(max(POST.likes)))))
                .fetch();
    }
    // end::scalar[]
}
