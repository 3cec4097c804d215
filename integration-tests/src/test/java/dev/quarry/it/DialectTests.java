package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;

import dev.quarry.Database;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.DatabaseExtension;
import java.util.Locale;
import java.util.Objects;

/**
 * Base of every integration suite: each suite is written once, as a subclass of this, and run
 * on every dialect by a subclass per dialect that registers the {@link DatabaseExtension}.
 */
abstract class DialectTests {
    /** The extension of the running subclass. */
    protected final DatabaseExtension database;

    protected DialectTests(DatabaseExtension database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The database of the running test class. */
    protected final Database db() {
        return database.db();
    }

    /** Whether the suite runs on PostgreSQL (otherwise SQLite or MariaDB). */
    protected final boolean postgres() {
        return database.isPostgres();
    }

    /** Whether the suite runs on MariaDB. */
    protected final boolean mariadb() {
        return database.isMariadb();
    }

    /**
     * SQL text written with double-quoted identifiers (and no double quote in a literal), quoted as
     * the running dialect quotes identifiers: with backticks on MariaDB.
     */
    protected final String quoted(String sql) {
        return mariadb() ? sql.replace('"', '`') : sql;
    }

    /** Inserts a user and returns it with its key and creation time. */
    protected final User insertUser(String name, int age) {
        return db().insert(USER, newUser(name, age));
    }

    /** A new, not yet inserted, active user whose email is derived from the name. */
    protected static User newUser(String name, int age) {
        return new User(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com", age,
                UserStatus.ACTIVE);
    }

    /** Inserts a draft post by {@code author}. */
    protected final Post insertPost(User author, String title) {
        return db().insert(POST, Post.draft(author.id, title, "Text of " + title));
    }
}
