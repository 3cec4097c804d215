package com.example.blog;

// tag::imports[]
import dev.quarry.Database;
import java.util.List;
// end::imports[]

/** The first repository of the guide's getting-started page, run by {@code FirstRepositoryTest}. */
public final class FirstRepository {
    private FirstRepository() {
    }

    // tag::first-repository[]
    public static List<User> olderThan40(Database db) {
        UserRepository users = new UserRepository_Impl(db);          // generated; or injected (jakarta.inject)
        users.save(new User("Grace", "grace@example.com", 85));   // INSERT ... RETURNING
        users.findByEmail("grace@example.com").orElseThrow();
        return users.olderThan(40);
    }
    // end::first-repository[]
}
