package com.example.blog;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;

import dev.quarry.Database;
import java.util.List;
import java.util.Optional;
// end::imports[]

/** The first queries of the guide's getting-started page, run by {@code FirstStepsTest}. */
public final class FirstSteps {
    private FirstSteps() {
    }

    // tag::first-queries[]
    /** What the first queries found and changed. */
    public record Results(List<User> adults, Optional<User> byKey, int posts, int changed, int deleted) {
    }

    public static Results firstQueries(String url) {
        try (Database db = Database.connect(url)) {                          // pooled; the dialect comes from the URL
            db.schema(Tables.ALL).createAll();                                // tables in foreign-key order

            User ada = db.insert(USER, new User("Ada", "ada@example.com", 36));  // id and createdAt read back
            List<Post> posts = db.insertAll(POST, List.of(                    // one multi-row INSERT
                    new Post("Notes on the engine", "...", ada.id()),
                    new Post("Bernoulli numbers", "...", ada.id())));

            List<User> adults = db.select(USER)
                    .where(USER.age.ge(18).and(USER.name.like("A%")))
                    .orderBy(USER.name.asc())
                    .limit(20)
                    .fetch();
            Optional<User> byKey = db.get(USER, ada.id());
            int changed = db.update(USER).set(USER.bio, "Analyst").where(USER.id.eq(ada.id())).execute();
            int deleted = db.delete(POST).where(POST.likes.lt(1)).execute();
            return new Results(adults, byKey, posts.size(), changed, deleted);
        }
    }
    // end::first-queries[]
}
