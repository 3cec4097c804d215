package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.Transaction;
import dev.quarry.exception.SqlExecutionException;
import java.util.List;
import java.util.Optional;
// end::imports[]

/** Locking rows for the length of a transaction: FOR UPDATE, FOR SHARE, NOWAIT, SKIP LOCKED, and SQLite's way. */
public final class Locking {
    private Locking() {
    }

    // tag::for-update[]
    public static int birthday(Database db, long userId) {
        return db.transaction(tx -> {
            User user = tx.select(USER).where(USER.id.eq(userId)).forUpdate().one();   // locked until commit
            int age = user.age() + 1;                            // no other transaction changes it meanwhile
            tx.update(USER).set(USER.age, age).where(USER.id.eq(userId)).execute();
            return age;
        });
    }
    // end::for-update[]

    // tag::skip-locked[]
    /** Takes the first user without a bio that no other worker holds, and welcomes them. */
    public static Optional<String> welcomeNext(Database db) {
        return db.transaction(tx -> {
            Optional<User> next = tx.select(USER).where(USER.bio.isNull()).orderBy(USER.id.asc()).limit(1)
                    .forUpdate().skipLocked()                    // rows other workers hold are left out
                    .findOne();
            next.ifPresent(user -> tx.update(USER).set(USER.bio, "welcome").where(USER.id.eq(user.id())).execute());
            return next.map(User::name);
        });
    }
    // end::skip-locked[]

    // tag::no-wait[]
    /** Likes the post, unless another transaction holds it: then gives up at once. */
    public static boolean likeUnlessBusy(Database db, long postId) {
        try {
            return db.transaction(tx -> {
                Post post = tx.select(POST).where(POST.id.eq(postId)).forUpdate().noWait().one();
                return tx.update(POST).set(POST.likes, post.likes() + 1).where(POST.id.eq(postId)).execute() == 1;
            });
        } catch (SqlExecutionException e) {
            if ("55P03".equals(e.sqlState())) {                  // lock_not_available
                return false;
            }
            throw e;
        }
    }
    // end::no-wait[]

    // tag::of[]
    public static List<Post> lockPostsOf(Transaction tx, String author) {
        return tx.select(POST).join(POST.author).where(USER.name.eq(author))
                .forUpdate().of(POST)                            // the posts are locked, not their author
                .fetch();
    }
    // end::of[]

    // tag::sqlite[]
    public static Database openSqlite(String file) {
        return Database.connect("jdbc:sqlite:" + file + "?transaction_mode=IMMEDIATE");
    }

    public static int birthdayOnSqlite(Database db, long userId) {
        return db.transaction(tx -> {                            // BEGIN IMMEDIATE: the write lock, at once
            User user = tx.select(USER).where(USER.id.eq(userId)).one();   // no forUpdate() on SQLite
            int age = user.age() + 1;
            tx.update(USER).set(USER.age, age).where(USER.id.eq(userId)).execute();
            return age;
        });
    }
    // end::sqlite[]
}
