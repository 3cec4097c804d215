package com.example.guarantees;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static com.example.guarantees.Account_.ACCOUNT;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.StatementWatch;
import dev.quarry.Transaction;
import dev.quarry.exception.CheckViolationException;
import dev.quarry.exception.ConfigurationException;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.MappingException;
import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.exception.NotNullViolationException;
import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.exception.TransactionException;
import dev.quarry.exception.UniqueViolationException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
// end::imports[]

/** The exceptions Quarry throws at run time: one method provokes and catches each. */
public final class Errors {
    private Errors() {
    }

    // tag::one[]
    public static String userByEmail(Database db, String email) {
        try {
            return db.select(USER).where(USER.email.eq(email)).one().name();
        } catch (NoResultException e) {            // no row: "no row matches the query: SELECT ..."
            return "nobody";
        }
    }

    public static Optional<User> olderThan(Database db, int age) {
        try {
            return db.select(USER).where(USER.age.gt(age)).findOne();   // empty when no row matches
        } catch (NonUniqueResultException e) {     // several rows, for one() and findOne() alike
            return Optional.empty();
        }
    }
    // end::one[]

    // tag::unique[]
    public static String register(Database db, String name, String email) {
        try {
            db.insert(USER, new User(name, email, 30));
            return "registered";
        } catch (UniqueViolationException e) {
            // e.constraintName(): "ux_users_email" on PostgreSQL, null on SQLite;
            // e.getMessage(): the database's words ("... users.email" on SQLite) and the SQL
            return "taken: " + email;
        }
    }
    // end::unique[]

    // tag::foreign-key[]
    public static String publish(Database db, long authorId, String title) {
        try {
            db.insert(POST, new Post(title, "...", authorId));
            return "published";
        } catch (ForeignKeyViolationException e) {   // no user with that key
            return "no such author: " + authorId;
        }
    }
    // end::foreign-key[]

    // tag::not-null[]
    public static String rename(Database db, long userId, String name) {
        try {
            db.update(USER).set(USER.name, name).where(USER.id.eq(userId)).execute();
            return "renamed";
        } catch (NotNullViolationException e) {      // name is NOT NULL; set(column, null) writes NULL
            return "a name is required";
        }
    }
    // end::not-null[]

    // tag::check[]
    public static void createAccounts(Database db) {
        // Quarry's own CHECKs are on enum columns only; your DDL (or a migration) may add more
        db.text("CREATE TABLE \"accounts\" (\"id\" BIGINT PRIMARY KEY, \"owner\" VARCHAR(100) NOT NULL, "
                + "\"balance\" BIGINT NOT NULL CONSTRAINT \"balance_not_negative\" CHECK (\"balance\" >= 0))")
                .execute();
    }

    public static String open(Database db, Account account) {
        try {
            db.insert(ACCOUNT, account);
            return "opened";
        } catch (CheckViolationException e) {
            return "refused by " + e.constraintName();   // "balance_not_negative" on both dialects
        }
    }
    // end::check[]

    // tag::sql[]
    public static String report(Database db) {
        try {
            return "rows: " + db.text("select count(*) from audit_log").as(Long.class).one();
        } catch (SqlExecutionException e) {
            // e.sql():      "select count(*) from audit_log", the statement that failed
            // e.sqlState(): "42P01" on PostgreSQL (undefined table); SQLite's driver reports none
            // e.getCause(): the driver's SQLException
            return "failed: " + e.sql();
        }
    }
    // end::sql[]

    // tag::transaction[]
    public static String useAfterTheBlock(Database db) {
        AtomicReference<Transaction> kept = new AtomicReference<>();
        db.useTransaction(kept::set);                // the block ends: committed
        try {
            kept.get().select(USER).fetch();
            return "ran";
        } catch (TransactionException e) {           // "the transaction has ended; run statements inside its block, ..."
            return "ended";
        }
    }
    // end::transaction[]

    // tag::mapping[]
    public static String readAll(Database db) {
        // the users table refuses 'DELETED' (a check lists the enum's constants), but a query can compute it
        String sql = "select id, name, email, bio, age, 'DELETED' as status, created_at from users";
        try {
            return "read " + db.text(sql).as(USER).fetch().size();
        } catch (MappingException e) {               // "column 6 (status) holds 'DELETED', which is not a constant ..."
            return "unreadable row";
        }
    }
    // end::mapping[]

    // tag::configuration[]
    public static String connect(String url) {
        try (Database db = Database.connect(url)) {
            return db.dialectName();
        } catch (ConfigurationException e) {         // "unsupported database URL 'jdbc:h2:...': Quarry supports ..."
            return "unsupported";
        }
    }
    // end::configuration[]

    // tag::relation[]
    public static String postsOf(Database db, long userId) {
        User user = db.get(USER, userId).orElseThrow();   // no load option: posts are not loaded
        try {
            return user.posts().size() + " posts";
        } catch (RelationNotLoadedException e) {     // "USER.posts was not loaded: add .load(selectIn(USER.posts)) ..."
            return "not loaded";
        }
    }
    // end::relation[]

    // tag::repeated[]
    public static String postsPerUser(Database db) {
        try (StatementWatch watch = db.watchStatements(2)) {
            for (User user : db.select(USER).fetch()) {                  // 3 users
                db.select(POST).where(POST.authorId.eq(user.id())).fetch();
            }
            return "ran";
        } catch (RepeatedStatementException e) {     // the 3rd SELECT ... FROM "posts" was not sent
            return "stopped at run " + e.runs() + " of " + e.sql();
        }
    }
    // end::repeated[]
}
