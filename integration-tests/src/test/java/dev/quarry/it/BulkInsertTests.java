package dev.quarry.it;

import static dev.quarry.it.model.Tables.ALL_TYPES;
import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.StatementWatch;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.UniqueViolationException;
import dev.quarry.it.model.AllTypes;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.User;
import dev.quarry.testing.DatabaseExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bulkInsert}: every type written exactly (through {@code COPY} on PostgreSQL, multi-row
 * inserts on SQLite), nothing read back, server defaults left to the database, one statement per
 * group of rows, and all or nothing.
 */
abstract class BulkInsertTests extends DialectTests {
    protected BulkInsertTests(DatabaseExtension database) {
        super(database);
    }

    @Test
    void writesEveryTypeExactlyIncludingHostileText() {
        List<AllTypes> rows = new ArrayList<>();
        rows.add(TypesTests.extremes(1));
        rows.add(TypesTests.withNulls(2));
        List<String> texts = new ArrayList<>(TypesTests.HOSTILE_STRINGS);
        texts.addAll(List.of("\\N", "\\.", "a\\tb", "\t\n\r\\", "tab\tat end\t", TypesTests.UNICODE));
        for (int i = 0; i < texts.size(); i++) {
            AllTypes row = TypesTests.withNulls(10 + i);
            row.text = texts.get(i);
            row.optionalText = texts.get(texts.size() - 1 - i);
            row.optionalBytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
            rows.add(row);
        }
        assertEquals(rows.size(), db().bulkInsert(ALL_TYPES, rows));

        List<AllTypes> read = db().select(ALL_TYPES).orderBy(ALL_TYPES.id.asc()).fetch();
        assertEquals(rows.size(), read.size());
        for (int i = 0; i < rows.size(); i++) {
            TypesTests.assertSameValues(database.kind(), rows.get(i), read.get(i));
        }
        assertEquals("\\N", db().get(ALL_TYPES, 10L + texts.indexOf("\\N")).orElseThrow().text,
                "the text \\N is not NULL");
    }

    @Test
    void readsNothingBackAndLeavesServerDefaultsToTheDatabase() {
        List<User> users = List.of(newUser("Ada Lovelace", 36), newUser("Alan Turing", 41), newUser("Grace Hopper", 85));
        assertEquals(3, db().bulkInsert(USER, users));
        for (User user : users) {
            assertNull(user.id, "no key is read back");
            assertNull(user.createdAt, "no default is read back");
        }
        List<User> stored = db().select(USER).orderBy(USER.name.asc()).fetch();
        assertEquals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"), stored.stream().map(u -> u.name).toList());
        for (User user : stored) {
            assertNotNull(user.id, "the database generated the key");
            assertNotNull(user.createdAt, "the database set the default");
        }
    }

    @Test
    void sendsOneStatementPerSetOfOmittedDefaults() {
        User author = insertUser("Author", 30);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            // every third post sets its views; the others leave them to the column default
            Integer views = i % 3 == 0 ? i + 1 : null;
            posts.add(new Post(null, author.id, "Post " + i, "Text of post " + i + "\t" + "x".repeat(i % 100),
                    i % 2 == 0 ? Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i) : null, views));
        }
        try (StatementWatch watch = db().watchStatements(10)) {
            assertEquals(5_000, db().bulkInsert(POST, posts));
            if (postgres()) {
                assertEquals(2, watch.total(), () -> "two COPY streams: " + watch.counts());
                assertTrue(watch.counts().keySet().stream().allMatch(sql -> sql.startsWith("COPY \"posts\" (")),
                        () -> String.valueOf(watch.counts()));
            } else {
                assertTrue(watch.total() >= 2, () -> "one multi-row insert or more per group: " + watch.counts());
                assertTrue(watch.counts().keySet().stream().noneMatch(sql -> sql.contains("RETURNING")),
                        () -> String.valueOf(watch.counts()));
            }
        }
        assertEquals(5_000, database.number("SELECT count(*) FROM posts"));
        assertEquals(1_667, database.number("SELECT count(*) FROM posts WHERE views > 0"), "the views that were set");
        assertEquals(3_333, database.number("SELECT count(*) FROM posts WHERE views = 0"),
                "the default applies where views were left null");
        assertEquals(2_500, database.number("SELECT count(*) FROM posts WHERE published_at IS NULL"));
        assertEquals("Text of post 99\t" + "x".repeat(99),
                database.strings("SELECT content FROM posts WHERE title = 'Post 99'").get(0));
    }

    @Test
    void aViolationInsertsNothing() {
        insertUser("Taken", 20);
        List<User> users = List.of(newUser("Fresh One", 20), newUser("Taken", 21), newUser("Fresh Two", 22));
        assertThrows(UniqueViolationException.class, () -> db().bulkInsert(USER, users));
        assertEquals(List.of("Taken"), database.strings("SELECT name FROM users ORDER BY name"));

        List<Post> orphans = List.of(Post.draft(999_999L, "No author", "text"));
        assertThrows(ForeignKeyViolationException.class, () -> db().bulkInsert(POST, orphans));
        assertEquals(0, database.number("SELECT count(*) FROM posts"));
    }

    @Test
    void runsInTheCurrentTransactionAndRollsBackWithIt() {
        List<User> users = List.of(newUser("Inside One", 30), newUser("Inside Two", 31));
        RuntimeException failure = assertThrows(IllegalStateException.class, () -> db().transaction(tx -> {
            assertEquals(2, tx.bulkInsert(USER, users));
            assertEquals(2, tx.select(USER).count(), "visible inside the transaction");
            throw new IllegalStateException("roll back");
        }));
        assertEquals("roll back", failure.getMessage());
        assertEquals(0, database.number("SELECT count(*) FROM users"));

        db().useTransaction(tx -> tx.bulkInsert(USER, users));
        assertEquals(2, database.number("SELECT count(*) FROM users"));
    }

    @Test
    void anEmptyCollectionSendsNothingAndNullsAreRefused() {
        try (StatementWatch watch = db().watchStatements(10)) {
            assertEquals(0, db().bulkInsert(USER, List.of()));
            assertEquals(0, watch.total());
        }
        NullPointerException noEntity = assertThrows(NullPointerException.class,
                () -> db().bulkInsert(USER, Arrays.asList(newUser("Some One", 1), null)));
        assertEquals("bulkInsert: the collection holds a null entity", noEntity.getMessage());
        assertThrows(NullPointerException.class, () -> db().bulkInsert(USER, null));
        assertThrows(NullPointerException.class, () -> db().bulkInsert(null, List.of()));
        assertEquals(0, database.number("SELECT count(*) FROM users"));
    }
}
