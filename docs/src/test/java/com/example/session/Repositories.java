package com.example.session;

// tag::imports[]
import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.repositories.UserRepository;
import com.example.repositories.UserRepository_Impl;
import dev.quarry.Database;
import dev.quarry.session.Session;
// end::imports[]

/** A generated repository made over a session: finders read through the identity map, writes wait for the flush. */
public final class Repositories {
    private Repositories() {
    }

    // tag::repository[]
    public static boolean inSession(Database db) {
        try (Session session = db.session()) {
            UserRepository users = new UserRepository_Impl(session);          // reads and writes in the session
            User ada = users.findByEmail("ada@example.com").orElseThrow();    // SELECT ...: ada is tracked
            ada.setBio("mathematician");                                      // no statement yet
            User same = users.findById(ada.id()).orElseThrow();               // the identity map: no statement
            User lee = users.save(new User("Lee", "lee@example.com", 31));    // PENDING: no statement yet
            long active = users.countByStatus(UserStatus.ACTIVE);             // autoflush: INSERT lee, UPDATE ada; SELECT count(*)
            users.delete(lee);                                                // DELETED: the flush sends the DELETE
            session.commit();                                                 // SELECT lee's posts (the cascade), DELETE lee; COMMIT
            return same == ada && active == 4;                                // true
        }
    }
    // end::repository[]
}
