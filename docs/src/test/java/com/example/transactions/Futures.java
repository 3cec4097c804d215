package com.example.transactions;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.AsyncDatabase;
import dev.quarry.Database;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
// end::imports[]

/** The futures facade. */
public final class Futures {
    private Futures() {
    }

    // tag::async[]
    public static CompletableFuture<List<String>> adultNames(Database db) {
        AsyncDatabase async = db.async();              // the database's own threads
        return async.run(data -> data.select(USER).where(USER.age.ge(18)).select(USER.name).fetch());
    }

    public static CompletableFuture<User> register(Database db, User candidate) {
        return db.async().transaction(tx -> {          // the whole block on one thread and one connection
            User user = tx.insert(USER, candidate);
            tx.insert(POST, new Post("Hello", "My first post", user.id()));
            return user;
        });                                            // a failure completes it exceptionally, rolled back
    }
    // end::async[]

    // tag::executor[]
    public static CompletableFuture<Long> countOn(Database db, ExecutorService executor) {
        return db.async(executor).run(data -> data.select(POST).count());   // the executor stays yours to shut down
    }
    // end::executor[]
}
