package com.example.repositories;

// tag::imports[]
import com.example.blog.User;
import dev.quarry.Database;
import java.util.List;
// end::imports[]

/** The inherited CRUD methods and upserts. */
public final class Crud {
    private Crud() {
    }

    // tag::save[]
    public static User saveAndUpdate(Database db) {
        UserRepository users = new UserRepository_Impl(db);              // generated, public final
        User ann = users.save(new User("Ann", "ann@example.com", 28));   // INSERT ... RETURNING id, created_at
        ann.setBio("Analyst");
        users.save(ann);                                                 // UPDATE ... WHERE id = ?
        return users.findById(ann.id()).orElseThrow();
    }
    // end::save[]

    // tag::inherited[]
    public static List<String> inherited(Database db) {
        UserRepository users = new UserRepository_Impl(db);
        List<User> saved = users.saveAll(List.of(                        // one transaction, one multi-row INSERT
                new User("Bob", "bob@example.com", 19),
                new User("Cy", "cy@example.com", 23)));
        boolean deleted = users.deleteById(saved.get(0).id());          // true: there was such a row
        int gone = users.deleteAllById(List.of(saved.get(1).id(), -1L)); // 1: unknown keys are skipped
        return List.of("count " + users.count(), "deleted " + deleted, "gone " + gone,
                "exists " + users.existsById(saved.get(0).id()));
    }
    // end::inherited[]

    // tag::upsert[]
    public static Bookmark bookmarkTwice(Database db, long userId, long postId) {
        BookmarkRepository bookmarks = new BookmarkRepository_Impl(db);
        bookmarks.upsert(new Bookmark(userId, postId, 1, null));         // inserted
        return bookmarks.upsert(new Bookmark(userId, postId, 2, null));  // the same key: updated
    }
    // end::upsert[]

    // tag::upsert-by[]
    public static List<User> upsertByEmail(Database db) {
        UserRepository users = new UserRepository_Impl(db);
        User ann = users.upsertByEmail(new User("Ann", "ann@example.com", 25));      // inserted, id generated
        User moved = users.upsertByEmail(new User("Ann Lee", "ann@example.com", 26)); // updated: the same row
        return List.of(ann, moved);                                      // moved.id() equals ann.id()
    }
    // end::upsert-by[]
}
