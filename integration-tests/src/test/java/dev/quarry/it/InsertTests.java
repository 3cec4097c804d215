package dev.quarry.it;

import static dev.quarry.it.model.Tables.KEYWORD;
import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.POST_TAG;
import static dev.quarry.it.model.Tables.TAG;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Keyword;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.PostTag_;
import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.StatementCounter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code insert}, {@code insertAll} and {@code get}: generated keys, server defaults, records, composite keys. */
abstract class InsertTests extends DialectTests {
    protected InsertTests(DatabaseExtension database) {
        super(database);
    }

    @Test
    void insertSetsTheGeneratedKeyAndDefaultsOnTheSameInstance() {
        User user = new User("Ada", "ada@example.com", 36, UserStatus.ACTIVE);
        user.scratch = "not stored";
        assertNull(user.id);
        User inserted = db().insert(USER, user);
        assertSame(user, inserted, "a class entity is updated in place");
        assertNotNull(user.id);
        assertNotNull(user.createdAt);

        User read = db().get(USER, user.id).orElseThrow();
        assertEquals("Ada", read.name);
        assertEquals("ada@example.com", read.getEmail());
        assertNull(read.bio);
        assertEquals(36, read.age);
        assertEquals(UserStatus.ACTIVE, read.status);
        assertEquals(user.createdAt, read.createdAt);
        assertNull(read.scratch, "@Transient is not read");
        assertEquals(List.of("ACTIVE"), database.strings("SELECT status FROM users WHERE id = ?", user.id), "enum stored by name");
    }

    @Test
    void insertKeepsAGivenValueForAServerDefaultColumn() {
        Instant created = Instant.parse("2001-02-03T04:05:06.789Z");
        User user = newUser("Old Timer", 80);
        user.createdAt = created;
        db().insert(USER, user);
        assertEquals(created, user.createdAt);
        assertEquals(created, db().get(USER, user.id).orElseThrow().createdAt);
    }

    @Test
    void insertOfARecordReturnsANewInstanceWithKeyAndDefaults() {
        User author = insertUser("Author", 50);
        Post draft = Post.draft(author.id, "Title", "Body");
        Post inserted = db().insert(POST, draft);
        assertNotSame(draft, inserted);
        assertNull(draft.id(), "the record passed in is unchanged");
        assertNotNull(inserted.id());
        assertEquals(0, inserted.views());
        assertEquals(new Post(inserted.id(), author.id, "Title", "Body", null, 0), inserted);
        assertEquals(Optional.of(inserted), db().get(POST, inserted.id()));
    }

    @Test
    void insertOfARecordWithEveryValueGivenReturnsAnEqualRecord() {
        User author = insertUser("Author", 50);
        Post post = db().insert(POST, new Post(null, author.id, "Published", "Text", Instant.parse("2024-05-06T07:08:09Z"), 12));
        assertEquals(12, post.views());
        assertEquals(Instant.parse("2024-05-06T07:08:09Z"), post.publishedAt());
        assertEquals(post, db().get(POST, post.id()).orElseThrow());
    }

    @Test
    void insertWithAPrimitiveGeneratedKey() {
        Tag java = db().insert(TAG, new Tag("java"));
        Tag sql = db().insert(TAG, new Tag("sql"));
        assertTrue(java.id > 0);
        assertNotEquals(java.id, sql.id);
        assertEquals("sql", db().get(TAG, sql.id).orElseThrow().name);
    }

    @Test
    void getByKeyReturnsEmptyWhenAbsent() {
        User user = insertUser("Present", 20);
        assertEquals(Optional.empty(), db().get(USER, user.id + 1000));
        assertEquals("Present", db().get(USER, user.id).orElseThrow().name);
    }

    @Test
    void compositeKeysInsertAndGet() {
        User author = insertUser("Author", 50);
        Post first = insertPost(author, "first");
        Post second = insertPost(author, "second");
        Tag tag = db().insert(TAG, new Tag("t"));
        Tag other = db().insert(TAG, new Tag("u"));
        LocalDateTime at = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
        PostTag link = new PostTag(first.id(), tag.id, 1, at);
        assertEquals(link, db().insert(POST_TAG, link), "a record with nothing generated comes back equal");
        db().insert(POST_TAG, new PostTag(first.id(), other.id, 2, null));
        db().insert(POST_TAG, new PostTag(second.id(), tag.id, 3, null));

        assertEquals(Optional.of(link), db().get(POST_TAG, new PostTag_.Key(first.id(), tag.id)));
        assertEquals(2, db().get(POST_TAG, new PostTag_.Key(first.id(), other.id)).orElseThrow().position());
        assertEquals(3, db().get(POST_TAG, new PostTag_.Key(second.id(), tag.id)).orElseThrow().position());
        assertEquals(Optional.empty(), db().get(POST_TAG, new PostTag_.Key(second.id(), other.id)));
    }

    @Test
    void keywordIdentifiersAreQuoted() {
        Keyword row = new Keyword(1, "from", "where");
        assertEquals(row, db().insert(KEYWORD, row));
        db().insertAll(KEYWORD, List.of(new Keyword(2, "select", null), new Keyword(3, "x", "y")));
        assertEquals(Optional.of(row), db().get(KEYWORD, 1L));
        assertEquals(List.of(2L), db().select(KEYWORD).where(KEYWORD.where.isNull()).fetch().stream().map(Keyword::select).toList());
        assertEquals(1, db().update(KEYWORD).set(KEYWORD.from, "updated").where(KEYWORD.select.eq(3L)).execute());
        assertEquals("updated", db().get(KEYWORD, 3L).orElseThrow().from());
        assertEquals(2, db().delete(KEYWORD).where(KEYWORD.select.ge(2L)).execute());
        assertEquals(1, db().select(KEYWORD).count());
    }

    @Test
    void insertAllReturnsEveryEntityWithItsKeyInOrder() {
        List<User> users = List.of(newUser("A One", 1), newUser("B Two", 2), newUser("C Three", 3));
        List<User> inserted = db().insertAll(USER, users);
        assertEquals(3, inserted.size());
        for (int i = 0; i < users.size(); i++) {
            assertSame(users.get(i), inserted.get(i));
            User read = db().get(USER, inserted.get(i).id).orElseThrow();
            assertEquals(users.get(i).name, read.name, "row " + i + " got the key of its own row");
            assertEquals(read.createdAt, inserted.get(i).createdAt);
        }
        assertEquals(3, Set.copyOf(inserted.stream().map(u -> u.id).toList()).size());
    }

    @Test
    void insertAllOfRecordsReturnsNewInstancesInOrder() {
        User author = insertUser("Author", 50);
        List<Post> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drafts.add(new Post(null, author.id, "post " + i, "text", null, i % 2 == 0 ? null : i * 100));
        }
        List<Post> inserted = db().insertAll(POST, drafts);
        assertEquals(5, inserted.size());
        for (int i = 0; i < 5; i++) {
            Post post = inserted.get(i);
            assertNotNull(post.id());
            assertEquals("post " + i, post.title());
            assertEquals(i % 2 == 0 ? 0 : i * 100, post.views());
            assertEquals(post, db().get(POST, post.id()).orElseThrow());
        }
    }

    @Test
    void insertAllOfNothingDoesNothing() {
        assertEquals(List.of(), db().insertAll(USER, List.of()));
        assertEquals(0, db().select(USER).count());
    }

    @Test
    void insertAllIsOneStatement() {
        User author = insertUser("Author", 50);
        List<Post> drafts = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            drafts.add(Post.draft(author.id, "post " + i, "text " + i));
        }
        try (StatementCounter inserts = StatementCounter.inserts(database, "posts")) {
            List<Post> inserted = db().insertAll(POST, drafts);
            assertEquals(1, inserts.count(), "one INSERT statement for 250 rows");
            assertEquals(250, inserted.size());
        }
        assertEquals(250, db().select(POST).count());
    }

    @Test
    void insertAllSplitsRowsByOmittedDefaultsAndKeepsTheirOrder() {
        Instant given = Instant.parse("2010-10-10T10:10:10Z");
        User withDefault = newUser("Default One", 1);
        User withValue = newUser("Given", 2);
        withValue.createdAt = given;
        User withDefaultToo = newUser("Default Two", 3);
        List<User> inserted;
        try (StatementCounter inserts = StatementCounter.inserts(database, "users")) {
            inserted = db().insertAll(USER, List.of(withDefault, withValue, withDefaultToo));
            assertEquals(2, inserts.count(), "one statement per set of omitted defaults");
        }
        assertEquals(List.of("Default One", "Given", "Default Two"), inserted.stream().map(u -> u.name).toList());
        assertEquals(given, inserted.get(1).createdAt);
        assertNotEquals(given, inserted.get(0).createdAt);
        for (User user : inserted) {
            assertEquals(user.name, db().get(USER, user.id).orElseThrow().name);
        }
    }

    @Test
    void insertAllChunksByTheBindParameterLimit() {
        // users bind 5 parameters per row (name, email, bio, age, status): this exceeds both
        // PostgreSQL's (and MariaDB's) 65,535 and SQLite's 32,766 parameters per statement.
        int rows = 14_000;
        List<User> users = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            users.add(new User("bulk " + i, "bulk" + i + "@example.com", i % 90, UserStatus.ACTIVE));
        }
        List<User> inserted;
        try (StatementCounter inserts = StatementCounter.inserts(database, "users")) {
            inserted = db().insertAll(USER, users);
            long expected = postgres() || mariadb() ? 2 : 3;
            assertEquals(expected, inserts.count(), "chunks of at most the dialect's parameter limit");
        }
        assertEquals(rows, inserted.size());
        Set<Long> ids = new HashSet<>();
        for (User user : inserted) {
            assertTrue(ids.add(user.id), () -> "duplicate key " + user.id);
        }
        assertEquals(rows, db().select(USER).count());
        User last = inserted.get(rows - 1);
        assertEquals("bulk " + (rows - 1), db().get(USER, last.id).orElseThrow().name);
        User middle = inserted.get(rows / 2);
        assertEquals("bulk" + (rows / 2) + "@example.com", db().get(USER, middle.id).orElseThrow().getEmail());
    }
}
