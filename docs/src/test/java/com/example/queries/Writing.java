package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.add;

import dev.quarry.Database;
// end::imports[]

/** UPDATE and DELETE built with the DSL. */
public final class Writing {
    private Writing() {
    }

    // tag::update[]
    public static int setBioAndAge(Database db, long id) {
        return db.update(USER)
                .set(USER.bio, "Analyst")
                .setExpression(USER.age, add(USER.age, 1))          // age = age + 1
                .where(USER.id.eq(id))
                .execute();                                         // the number of rows changed
    }

    public static int deleteUnliked(Database db) {
        return db.delete(POST).where(POST.likes.lt(1)).execute();
    }
    // end::update[]

    // tag::all[]
    public static int clearBios(Database db) {
        return db.update(USER).set(USER.bio, null).all().execute();   // every row, on purpose
    }

    public static int deleteAllPosts(Database db) {
        return db.delete(POST).all().execute();
    }
    // end::all[]
}
