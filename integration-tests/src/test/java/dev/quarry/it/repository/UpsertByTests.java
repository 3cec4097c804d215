package dev.quarry.it.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Derived upserts on a unique constraint ({@code upsertByEmail}, {@code upsertByName}): one
 * statement that inserts the entity or updates the row holding the same unique value, returning
 * the row as stored, with its generated key unchanged.
 */
abstract class UpsertByTests {
    private final DatabaseExtension database;

    protected UpsertByTests(DatabaseExtension database) {
        this.database = database;
    }

    private UserUpsertRepository users() {
        return new UserUpsertRepository_Impl(database.db());
    }

    @Test
    void insertsThenUpdatesTheRowWithTheSameEmail() {
        UserUpsertRepository users = users();
        User inserted;
        try (StatementCount count = JdbcStatements.count()) {
            inserted = users.upsertByEmail(new User("Ann", "ann@example.com", 25, UserStatus.ACTIVE));
            assertEquals(1, count.total(), count::toString);
            String sql = count.statements().get(0).toLowerCase(Locale.ROOT);
            // MariaDB's upsert fires on any unique key, and names none
            assertTrue(sql.contains(database.isMariadb() ? "on duplicate key update" : "on conflict (\"email\")")
                    && sql.contains("returning"), sql);
        }
        assertNotNull(inserted.id, "the generated key of the new row");
        assertNotNull(inserted.createdAt, "the server default comes back");
        assertEquals("Ann", inserted.name);
        assertNull(inserted.bio);

        User change = new User("Ann Lee", "ann@example.com", 26, UserStatus.SUSPENDED).withBio("moved");
        User updated;
        try (StatementCount count = JdbcStatements.count()) {
            updated = users.upsertByEmail(change);
            assertEquals(1, count.total(), "one statement for the update too: " + count);
        }
        assertEquals(inserted.id, updated.id, "the row keeps its generated key");
        assertEquals("Ann Lee", updated.name);
        assertEquals(26, updated.age);
        assertEquals(UserStatus.SUSPENDED, updated.status);
        assertEquals("moved", updated.bio);
        assertEquals(inserted.createdAt, updated.createdAt, "a null server-default column is left as stored");
        assertEquals("ann@example.com", updated.getEmail());
        assertEquals(1, users.count());
        User stored = users.findByEmail("ann@example.com").orElseThrow();
        assertEquals(updated.toString(), stored.toString(), "the returned row is the stored row");
    }

    @Test
    void anotherEmailInsertsAnotherRow() {
        UserUpsertRepository users = users();
        User ann = users.upsertByEmail(new User("Ann", "ann@example.com", 25, UserStatus.ACTIVE));
        User bob = users.upsertByEmail(new User("Bob", "bob@example.com", 30, UserStatus.ACTIVE));
        assertNotEquals(ann.id, bob.id);
        assertEquals(2, users.count());
        assertEquals("Ann", users.findById(ann.id).orElseThrow().name, "Ann's row is untouched");
    }

    @Test
    void theEntitysGeneratedKeyTakesNoPart() {
        UserUpsertRepository users = users();
        User ann = users.upsertByEmail(new User("Ann", "ann@example.com", 25, UserStatus.ACTIVE));
        User bob = users.upsertByEmail(new User("Bob", "bob@example.com", 30, UserStatus.ACTIVE));

        User annWithBobsKey = new User("Ann 2", "ann@example.com", 27, UserStatus.ACTIVE);
        annWithBobsKey.id = bob.id;
        User updated = users.upsertByEmail(annWithBobsKey);
        assertEquals(ann.id, updated.id, "the row with the email is updated and keeps its own key");
        assertEquals("Ann 2", updated.name);
        assertEquals("Bob", users.findById(bob.id).orElseThrow().name, "the row with the entity's key is untouched");

        User newWithKey = new User("Cid", "cid@example.com", 35, UserStatus.ACTIVE);
        newWithKey.id = 999_999L;
        User cid = users.upsertByEmail(newWithKey);
        assertNotEquals(999_999L, cid.id, "a generated key is never inserted: the database generates it");
        assertEquals(3, users.count());
    }

    @Test
    void anExplicitServerDefaultColumnIsUpdated() {
        UserUpsertRepository users = users();
        User ann = users.upsertByEmail(new User("Ann", "ann@example.com", 25, UserStatus.ACTIVE));
        User change = new User("Ann", "ann@example.com", 25, UserStatus.ACTIVE);
        Instant then = Instant.parse("2020-02-03T04:05:06Z");
        change.createdAt = then;
        User updated = users.upsertByEmail(change);
        assertEquals(ann.id, updated.id);
        assertEquals(then, updated.createdAt, "a server-default column with a value is set like any other");
    }

    @Test
    void aRowWithNothingButTheKeyAndTheConflictColumnComesBackUnchanged() {
        TagUpsertRepository tags = new TagUpsertRepository_Impl(database.db());
        Tag first = tags.upsertByName(new Tag("sql"));
        assertTrue(first.id > 0, "the generated primitive key");
        Tag again;
        try (StatementCount count = JdbcStatements.count()) {
            again = tags.upsertByName(new Tag("sql"));
            assertEquals(1, count.total(), count::toString);
        }
        assertEquals(first.id, again.id, "the stored tag, with its key");
        assertEquals("sql", again.name);
        Tag other = tags.upsertByName(new Tag("java"));
        assertNotEquals(first.id, other.id);
        assertEquals(2, tags.count());
    }
}
