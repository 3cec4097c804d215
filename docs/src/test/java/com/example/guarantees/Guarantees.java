package com.example.guarantees;

// tag::imports[]
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.selectIn;

import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.blog.User_;
import dev.quarry.Database;
import dev.quarry.DatabaseConfig;
import dev.quarry.exception.UniqueViolationException;
import dev.quarry.query.SelectQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
// end::imports[]

/** What Quarry guarantees at run time, one method per guarantee. */
public final class Guarantees {
    private Guarantees() {
    }

    // tag::bound[]
    public static SelectQuery<User> byName(Database db, String name) {
        return db.select(USER).where(USER.name.eq(name)).orderBy(USER.createdAt.desc());
    }

    public static SelectQuery<User> byNameAliased(Database db, String alias, String name) {
        User_ users = USER.as(alias);                        // an alias is an identifier: quoted too
        return db.select(users).where(users.name.eq(name));
    }
    // end::bound[]

    // tag::loaded[]
    public static int postCount(Database db, long userId) {
        User user = db.select(USER).where(USER.id.eq(userId))
                .load(selectIn(USER.posts))                  // 2 statements: the user, then the posts
                .one();
        return user.posts().size();                          // loaded: no statement runs here
    }
    // end::loaded[]

    // tag::all[]
    public static int suspendEveryone(Database db) {
        return db.update(USER).set(USER.status, UserStatus.SUSPENDED).all().execute();  // every row, on purpose
    }
    // end::all[]

    // tag::rollback[]
    public static void registerBoth(Database db, User first, User second) {
        db.useTransaction(tx -> {
            tx.insert(USER, first);
            tx.insert(USER, second);        // if this throws, the first insert is rolled back too
        });
    }
    // end::rollback[]

    // tag::savepoint[]
    public static int importNew(Database db, List<User> users) {
        return db.transaction(tx -> {
            int imported = 0;
            for (User user : users) {
                try {
                    tx.useTransaction(inner -> inner.insert(USER, user));   // a savepoint
                    imported++;
                } catch (UniqueViolationException e) {
                    // only this insert was undone; the transaction goes on, on PostgreSQL too
                }
            }
            return imported;
        });
    }
    // end::savepoint[]

    // tag::streams[]
    public static List<String> firstNames(Database db, int count) {
        try (Stream<User> users = db.select(USER).orderBy(USER.name.asc()).stream()) {
            return users.limit(count).map(User::name).toList();   // closed here: the connection goes back
        }
    }

    public static List<String> allNames(Database db) {
        List<String> names = new ArrayList<>();
        db.select(USER).stream().forEach(user -> names.add(user.name()));   // read to the end: returned too
        return names;
    }
    // end::streams[]

    // tag::config[]
    public static String invalidConfig() {
        try {
            Database.builder("jdbc:postgresql://db.example.com/blog")
                    .maximumPoolSize(0)
                    .connectionTimeout(Duration.ofMillis(100))
                    .build();                                // checked here, before any connection
            return "valid";
        } catch (IllegalArgumentException e) {
            // invalid database configuration: maximumPoolSize must be at least 1 (was 0);
            // connectionTimeout must be at least 250ms (was PT0.1S)
            return e.getMessage();
        }
    }

    public static String describe() {
        DatabaseConfig config = Database.builder("jdbc:postgresql://db.example.com/blog?user=blog&password=s3cret")
                .password("s3cret")
                .build();
        return config.toString();   // DatabaseConfig[url=jdbc:postgresql://...&password=****, ..., password=****, ...]
    }
    // end::config[]
}
