package com.example.repositories;

// tag::imports[]
import com.example.blog.User;
import com.example.blog.UserStatus;
import dev.quarry.Database;
import java.util.List;
import java.util.Set;
// end::imports[]

/** Calling @Query methods. */
public final class HandWritten {
    private HandWritten() {
    }

    // tag::calls[]
    public static List<String> queries(Database db) {
        UserQueries queries = new UserQueries_Impl(db);
        List<User> over40 = queries.olderThan(40);                                  // Alan, Grace
        String author = queries.authorOf("Compilers").map(User::name).orElse("?");  // Grace
        long active = queries.countWith(UserStatus.ACTIVE);                         // 3
        List<String> names = queries.namesFrom(41);                                 // [Alan, Grace]
        int changed = queries.updateBio(over40.get(0).id(), "Codebreaker");         // 1
        String bio = queries.bioOf("alan@example.com").orElse("none");
        return List.of(over40.toString(), author, "" + active, names.toString(), "" + changed, bio);
    }
    // end::calls[]

    // tag::collection-calls[]
    public static List<String> collections(Database db) {
        UserQueries queries = new UserQueries_Impl(db);
        List<User> some = queries.byIds(List.of(3L, 1L));                           // IN (?, ?)
        List<User> none = queries.byIds(List.of());                                 // no row, no error
        List<String> others = queries.namesOutside(0, Set.of(UserStatus.SUSPENDED), "Ada");
        int deleted = queries.deleteIn(Set.of(2L, 3L), UserStatus.ACTIVE);
        return List.of(some.toString(), none.toString(), others.toString(), "" + deleted);
    }
    // end::collection-calls[]
}
