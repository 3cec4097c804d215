package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.lower;
import static dev.quarry.query.Sql.notExists;

import com.example.blog.Tag;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.query.Tuple2;
import java.util.List;
// end::imports[]

/** Upserts, RETURNING, and INSERT ... SELECT. */
public final class Upserts {
    private Upserts() {
    }

    // tag::do-nothing[]
    public static int addTag(Database db, String name) {
        return db.insertInto(TAG).values(new Tag(name))
                .onConflict(TAG.name).doNothing()          // ON CONFLICT ("name") DO NOTHING
                .execute();                                // 1 if inserted, 0 if it was there
    }
    // end::do-nothing[]

    // tag::do-update[]
    public static User register(Database db, User user) {
        return db.insertInto(USER).values(user)
                .onConflict(USER.email)
                .doUpdateSetExcluded(USER.age)             // age = EXCLUDED.age
                .set(USER.bio, "welcome back")
                .returning()                               // the stored row, as an entity
                .fetch().get(0);
    }
    // end::do-update[]

    // tag::returning[]
    public static List<String> markAuthors(Database db) {
        return db.update(USER).set(USER.bio, "author")
                .where(exists(db.select(POST).where(POST.authorId.eq(USER.id))))
                .returning(USER.name)
                .fetch();
    }

    public static List<Tuple2<Long, String>> removeSilent(Database db) {
        return db.delete(USER)
                .where(notExists(db.select(POST).where(POST.authorId.eq(USER.id))))
                .returning(USER.id, USER.name)
                .fetch();
    }
    // end::returning[]

    // tag::insert-select[]
    public static int tagsFromSeniors(Database db) {
        return db.insertInto(TAG).columns(TAG.name)
                .select(db.select(USER).where(USER.age.gt(40)).select(lower(USER.name)))
                .execute();
    }
    // end::insert-select[]
}
