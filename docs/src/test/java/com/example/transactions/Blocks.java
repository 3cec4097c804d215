package com.example.transactions;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.exception.UniqueViolationException;
import dev.quarry.transaction.Isolation;
import dev.quarry.transaction.TransactionOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
// end::imports[]

/** Transaction blocks: commit, rollback, savepoints, options. */
public final class Blocks {
    private Blocks() {
    }

    // tag::transaction[]
    public static User register(Database db, User candidate, String firstTitle) {
        return db.transaction(tx -> {
            User user = tx.insert(USER, candidate);
            tx.insert(POST, new Post(firstTitle, "Hello!", user.id()));
            return user;                               // committed when the block returns
        });
    }
    // end::transaction[]

    // tag::rollback[]
    public static void registerTwice(Database db, User candidate) {
        db.useTransaction(tx -> {
            tx.insert(USER, candidate);
            tx.insert(USER, candidate);                // the same email again: UniqueViolationException
        });                                            // rolled back, and the exception rethrown
    }
    // end::rollback[]

    // tag::checked[]
    public static List<User> importUsers(Database db, Path csv) throws IOException {
        return db.transaction(tx -> {
            List<String> lines = Files.readAllLines(csv);   // an IOException rolls back and passes through as is
            return tx.insertAll(USER, lines.stream()
                    .map(line -> line.split(","))
                    .map(f -> new User(f[0], f[1], Integer.parseInt(f[2])))
                    .toList());
        });
    }
    // end::checked[]

    // tag::savepoint[]
    public static int registerAll(Database db, List<User> candidates) {
        return db.transaction(tx -> {
            int registered = 0;
            for (User candidate : candidates) {
                try {
                    tx.useTransaction(inner -> inner.insert(USER, candidate));   // SAVEPOINT quarry_savepoint_1
                    registered++;
                } catch (UniqueViolationException taken) {
                    // only this insert is rolled back (ROLLBACK TO SAVEPOINT); the outer transaction goes on
                }
            }
            return registered;
        });
    }
    // end::savepoint[]

    // tag::rollback-only[]
    public static long dryRun(Database db) {
        return db.transaction(tx -> {
            tx.delete(USER).where(USER.age.gt(40)).execute();
            long left = tx.select(USER).count();       // sees its own delete
            tx.setRollbackOnly();                      // roll back instead of committing, without an exception
            return left;
        });
    }
    // end::rollback-only[]

    // tag::options[]
    public static long serializableCount(Database db) {
        return db.transaction(TransactionOptions.isolation(Isolation.SERIALIZABLE),
                tx -> tx.select(USER).where(USER.age.ge(18)).count());
    }

    public static List<User> report(Database db) {
        return db.transaction(TransactionOptions.READ_ONLY,      // a write in it fails
                tx -> tx.select(USER).orderBy(USER.name.asc()).fetch());
    }
    // end::options[]

    // tag::joining[]
    /** A repository that holds the Database and never sees a Transaction. */
    public record UserStore(Database db) {
        public User add(User user) {
            return db.insert(USER, user);              // joins the caller's transaction, if any
        }

        public boolean inTransaction() {
            return db.inTransaction();
        }
    }

    public static boolean addBoth(Database db, UserStore users, User first, User second) {
        return db.transaction(tx -> {
            users.add(first);
            users.add(second);                         // if this throws, first is rolled back too
            return users.inTransaction();              // true
        });
    }
    // end::joining[]
}
