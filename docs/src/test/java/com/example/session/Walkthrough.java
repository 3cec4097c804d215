package com.example.session;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.session.ObjectState;
import dev.quarry.session.Session;
// end::imports[]
import java.util.List;

/** The session walk-through: create, read by key, change a field, delete; the states on the way. */
public final class Walkthrough {
    private Walkthrough() {
    }

    // tag::create[]
    public static long create(Database db) {
        try (Session session = db.session()) {
            User kim = new User("Kim", "kim@example.com", 29);
            ObjectState before = session.state(kim);        // TRANSIENT
            session.add(USER, kim);                          // PENDING: nothing sent yet
            session.commit();                                // INSERT INTO "users" ... RETURNING "id", "created_at"; COMMIT
            ObjectState after = session.state(kim);          // PERSISTENT, kim.id() is set
            return kim.id();
        }                                                    // closed: kim is DETACHED
    }
    // end::create[]

    // tag::read[]
    public static boolean readTwice(Database db, long id) {
        try (Session session = db.session()) {
            User first = session.get(USER, id).orElseThrow();   // SELECT ... FROM "users" WHERE "id" = ?
            User again = session.get(USER, id).orElseThrow();   // the identity map: no statement
            List<User> all = session.select(USER).fetch();      // a query returns the tracked instances too
            return first == again && all.contains(first);       // true
        }
    }
    // end::read[]

    // tag::change[]
    public static void rename(Database db, long id, String bio) {
        try (Session session = db.session()) {
            User kim = session.get(USER, id).orElseThrow();
            kim.setBio(bio);                                 // tracked: no statement yet
            session.commit();                                // UPDATE "users" SET "bio" = ? WHERE "id" = ?; COMMIT
        }
    }
    // end::change[]

    // tag::delete[]
    public static ObjectState delete(Database db, long id) {
        try (Session session = db.session()) {
            User kim = session.get(USER, id).orElseThrow();
            session.delete(kim);                             // DELETED: the flush sends the DELETE
            session.commit();                                // DELETE FROM "users" WHERE "id" = ?; COMMIT
            return session.state(kim);                       // DETACHED
        }
    }
    // end::delete[]

    // tag::rollback[]
    public static ObjectState undo(Database db) {
        try (Session session = db.session()) {
            User lee = session.add(USER, new User("Lee", "lee@example.com", 31));
            session.flush();                                 // INSERT sent, lee.id() set, not committed
            session.rollback();                              // ROLLBACK: lee.id() is null again
            return session.state(lee);                       // TRANSIENT
        }
    }
    // end::rollback[]
}
