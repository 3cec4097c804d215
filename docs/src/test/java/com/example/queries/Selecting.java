package com.example.queries;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import dev.quarry.Database;
import java.util.List;
import java.util.Optional;
// end::imports[]

/** Selecting entities, conditions, and the ways a query ends. */
public final class Selecting {
    private Selecting() {
    }

    // tag::adults[]
    public static List<User> adultsNamedA(Database db) {
        return db.select(USER)
                .where(USER.age.ge(18).and(USER.name.like("A%")))
                .orderBy(USER.name.asc())
                .limit(20)
                .fetch();
    }
    // end::adults[]

    // tag::conditions[]
    public static List<User> someUsers(Database db, List<Long> ids) {
        return db.select(USER)
                .where(USER.id.in(ids))
                .where(USER.age.between(30, 50).or(USER.name.like("G%")))   // where(...) calls are ANDed
                .where(USER.bio.isNull().and(USER.email.like("%@example.org").not()))
                .orderBy(USER.bio.asc().nullsFirst(), USER.name.desc())
                .fetch();
    }
    // end::conditions[]

    // tag::endings[]
    public static User ada(Database db) {
        return db.select(USER).where(USER.email.eq("ada@example.com")).one();    // else an exception
    }

    public static Optional<User> byEmail(Database db, String email) {
        return db.select(USER).where(USER.email.eq(email)).findOne();           // empty if no row
    }

    public static long over40(Database db) {
        return db.select(USER).where(USER.age.gt(40)).count();                  // SELECT COUNT(*) ...
    }
    // end::endings[]
}
