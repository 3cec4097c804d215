package dev.quarry.it;

import static dev.quarry.it.model.Tables.KEYWORD;
import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.POST_TAG;
import static dev.quarry.it.model.Tables.TAG;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.it.model.checked.Account_.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.CheckViolationException;
import dev.quarry.exception.ConstraintViolationException;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.NotNullViolationException;
import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.exception.UniqueViolationException;
import dev.quarry.it.model.Keyword;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.it.model.checked.Account;
import dev.quarry.testing.DatabaseExtension;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Constraint errors come back as their own exception types, with the constraint's name where
 * the database reports it, and no {@link SQLException} escapes.
 */
abstract class ConstraintTests extends DialectTests {
    protected ConstraintTests(DatabaseExtension database) {
        super(database);
    }

    /** The accounts table, with a CHECK no annotation can declare, is made by hand. */
    @BeforeEach
    void createAccounts() {
        // MariaDB names a check at the table level only
        database.execute(
                "CREATE TABLE IF NOT EXISTS accounts (id BIGINT NOT NULL PRIMARY KEY,"
                        + (mariadb() ? " balance INTEGER NOT NULL, CONSTRAINT" : " balance INTEGER NOT NULL CONSTRAINT")
                        + " ck_accounts_balance CHECK (balance >= 0))",
                "DELETE FROM accounts");
    }

    /** Runs {@code work}, expects {@code type}, and checks what every constraint error carries. */
    private <T extends ConstraintViolationException> T expect(Class<T> type, String sqlStart, Executable work) {
        T error = assertThrows(type, work);
        assertNotNull(error.sql(), "the failed SQL");
        assertTrue(error.sql().startsWith(quoted(sqlStart)), () -> "SQL " + error.sql() + " should start with " + sqlStart);
        assertInstanceOf(SQLException.class, error.getCause(), "the driver's exception is the cause");
        if (postgres() || mariadb()) {
            assertNotNull(error.sqlState(), "the SQLSTATE (SQLite reports none)");
        }
        assertFalse(error.getMessage().isBlank());
        return error;
    }

    /** The exception's own message, without the SQL appended to it. */
    private static String messageWithoutSql(SqlExecutionException error) {
        String message = error.getMessage();
        int sql = message.indexOf(" [SQL: ");
        return sql < 0 ? message : message.substring(0, sql);
    }

    @Test
    void duplicateUniqueValue() {
        insertUser("Ann", 25);
        UniqueViolationException error = expect(UniqueViolationException.class, "INSERT INTO \"users\"",
                () -> db().insert(USER, new User("Other Ann", "ann@example.com", 30, UserStatus.ACTIVE)));
        if (postgres()) {
            assertEquals("ux_users_email", error.constraintName());
            assertEquals("23505", error.sqlState());
        } else if (mariadb()) {
            assertEquals("ux_users_email", error.constraintName());
            assertEquals("23000", error.sqlState());
        } else {
            assertTrue(messageWithoutSql(error).contains("users.email"), error::getMessage);
        }
        assertEquals(1, db().select(USER).count());
    }

    @Test
    void duplicatePrimaryKey() {
        db().insert(KEYWORD, new Keyword(1, "a", null));
        UniqueViolationException error = expect(UniqueViolationException.class, "INSERT INTO \"order\"",
                () -> db().insert(KEYWORD, new Keyword(1, "b", null)));
        if (postgres() || mariadb()) {
            assertNotNull(error.constraintName(), "PostgreSQL and MariaDB name the primary key constraint");
        }
        assertEquals("a", db().get(KEYWORD, 1L).orElseThrow().from());
    }

    @Test
    void duplicateUniqueValueFromAnUpdate() {
        insertUser("Ann", 25);
        User bob = insertUser("Bob", 30);
        UniqueViolationException error = expect(UniqueViolationException.class, "UPDATE \"users\"",
                () -> db().update(USER).set(USER.email, "ann@example.com").where(USER.id.eq(bob.id)).execute());
        if (postgres() || mariadb()) {
            assertEquals("ux_users_email", error.constraintName());
        }
        assertEquals("bob@example.com", db().get(USER, bob.id).orElseThrow().getEmail());
    }

    @Test
    void aDuplicateInsideInsertAllInsertsNothing() {
        expect(UniqueViolationException.class, "INSERT INTO \"tag\"",
                () -> db().insertAll(TAG, List.of(new Tag("a"), new Tag("b"), new Tag("a"))));
        assertEquals(0, db().select(TAG).count());
    }

    @Test
    void missingReferencedRow() {
        ForeignKeyViolationException error = expect(ForeignKeyViolationException.class, "INSERT INTO \"posts\"",
                () -> db().insert(POST, Post.draft(12345L, "orphan", "no author")));
        if (postgres()) {
            assertEquals("fk_posts_author_id", error.constraintName());
            assertEquals("23503", error.sqlState());
        } else if (mariadb()) {
            assertEquals("fk_posts_author_id", error.constraintName());
            assertEquals("23000", error.sqlState());
        }
        assertEquals(0, db().select(POST).count());
    }

    @Test
    void missingReferencedRowInACompositeKeyTable() {
        User author = insertUser("Author", 40);
        Post post = insertPost(author, "tagged");
        ForeignKeyViolationException error = expect(ForeignKeyViolationException.class, "INSERT INTO \"post_tags\"",
                () -> db().insert(POST_TAG, new PostTag(post.id(), 999, 1, null)));
        if (postgres() || mariadb()) {
            assertEquals("fk_post_tags_tag_id", error.constraintName());
        }
    }

    @Test
    void foreignKeyBlocksAnUpdateToAMissingRow() {
        User author = insertUser("Author", 40);
        Post post = insertPost(author, "moved");
        ForeignKeyViolationException error = expect(ForeignKeyViolationException.class, "UPDATE \"posts\"",
                () -> db().update(POST).set(POST.authorId, author.id + 100).where(POST.id.eq(post.id())).execute());
        if (postgres() || mariadb()) {
            assertEquals("fk_posts_author_id", error.constraintName());
        }
        assertEquals(author.id, db().get(POST, post.id()).orElseThrow().authorId());
    }

    @Test
    void nullInANotNullColumn() {
        NotNullViolationException error = expect(NotNullViolationException.class, "INSERT INTO \"users\"",
                () -> db().insert(USER, new User(null, "nobody@example.com", 1, UserStatus.ACTIVE)));
        assertTrue(messageWithoutSql(error).contains("name"), () -> "the message names the column: " + error.getMessage());
        if (postgres()) {
            assertEquals("23502", error.sqlState());
        }

        expect(NotNullViolationException.class, "INSERT INTO \"users\"",
                () -> db().insert(USER, new User("No Status", "status@example.com", 1, null)));
        expect(NotNullViolationException.class, "INSERT INTO \"posts\"",
                () -> db().insert(POST, new Post(null, insertUser("Author", 1).id, null, "content", null, null)));
        User user = insertUser("Ann", 25);
        expect(NotNullViolationException.class, "UPDATE \"users\"",
                () -> db().update(USER).set(USER.email, null).where(USER.id.eq(user.id)).execute());
        assertEquals(List.of("Ann", "Author"), database.strings("SELECT name FROM users ORDER BY name"));
    }

    @Test
    void failedCheck() {
        db().insert(ACCOUNT, new Account(1, 10));
        CheckViolationException error = expect(CheckViolationException.class, "INSERT INTO \"accounts\"",
                () -> db().insert(ACCOUNT, new Account(2, -5)));
        if (postgres()) {
            assertEquals("ck_accounts_balance", error.constraintName());
            assertEquals("23514", error.sqlState());
        } else if (mariadb()) {
            assertEquals("ck_accounts_balance", error.constraintName());
        } else {
            assertTrue(messageWithoutSql(error).contains("ck_accounts_balance"), error::getMessage);
        }
        expect(CheckViolationException.class, "UPDATE \"accounts\"",
                () -> db().update(ACCOUNT).set(ACCOUNT.balance, -1).where(ACCOUNT.id.eq(1L)).execute());
        assertEquals(List.of(new Account(1, 10)), db().select(ACCOUNT).fetch());
    }

    @Test
    void otherDatabaseErrorsAreSqlExecutionExceptions() {
        database.execute("DROP TABLE accounts");
        List<Executable> failing = List.of(
                () -> db().select(ACCOUNT).fetch(),
                () -> db().select(ACCOUNT).count(),
                () -> db().select(ACCOUNT).findOne(),
                () -> db().get(ACCOUNT, 1L),
                () -> db().insert(ACCOUNT, new Account(1, 1)),
                () -> db().insertAll(ACCOUNT, List.of(new Account(1, 1), new Account(2, 2))),
                () -> db().update(ACCOUNT).set(ACCOUNT.balance, 1).all().execute(),
                () -> db().delete(ACCOUNT).all().execute(),
                () -> {
                    try (Stream<Account> accounts = db().select(ACCOUNT).stream()) {
                        accounts.forEach(account -> {
                        });
                    }
                },
                () -> db().useTransaction(tx -> tx.select(ACCOUNT).fetch()));
        for (Executable work : failing) {
            SqlExecutionException error = assertThrows(SqlExecutionException.class, work);
            assertFalse(error instanceof ConstraintViolationException, error::toString);
            assertNotNull(error.sql(), error::toString);
            assertTrue(error.sql().contains(quoted("\"accounts\"")), error::toString);
            assertInstanceOf(SQLException.class, error.getCause());
            assertEquals(0, db().poolStats().active(), () -> "connection released after " + error);
        }
    }

    @Test
    void noSqlExceptionEscapes() {
        insertUser("Ann", 25);
        List<Executable> failing = List.of(
                () -> insertUser("Ann", 26),
                () -> db().insert(POST, Post.draft(-1L, "orphan", "x")),
                () -> db().insert(ACCOUNT, new Account(3, -3)),
                () -> db().insertAll(USER, List.of(newUser("Zed", 1), newUser("Zed", 2))));
        for (Executable work : failing) {
            Throwable error = assertThrows(Throwable.class, work);
            assertInstanceOf(QuarryException.class, error, () -> "escaped: " + error);
            assertInstanceOf(SQLException.class, error.getCause(), error::toString);
        }
    }
}
