package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.TAG;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.query.Sql.add;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.notExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.DatabaseExtension;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upserts, {@code RETURNING} on insert, update and delete, writes with subqueries and
 * {@code INSERT ... SELECT} against real data. Users Ann 25 (wrote A1), Bob 30, Cid 35; tag java.
 */
abstract class UpsertReturningTests extends DialectTests {
    private User ann;

    protected UpsertReturningTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void data() {
        ann = insertUser("Ann", 25);
        insertUser("Bob", 30);
        insertUser("Cid", 35);
        insertPost(ann, "A1");
        db().insert(TAG, new Tag("java"));
    }

    private List<String> tagNames() {
        return db().select(TAG).select(TAG.name).orderBy(TAG.name.asc()).fetch();
    }

    @Test
    void onConflictDoNothingSkipsTheConflictingRows() {
        // MariaDB's count of ON DUPLICATE KEY UPDATE counts a row left as it is as found (1), an inserted row as 1
        int skipped = mariadb() ? 1 : 0;
        assertEquals(skipped, db().insertInto(TAG).values(new Tag("java")).onConflict(TAG.name).doNothing().execute());
        assertEquals(1 + skipped, db().insertInto(TAG).values(List.of(new Tag("java"), new Tag("go")))
                .onConflict(TAG.name).doNothing().execute());
        assertEquals(1 + skipped, db().insertInto(TAG).values(List.of(new Tag("go"), new Tag("sql"))).onConflictDoNothing()
                .execute());
        assertEquals(List.of("go", "java", "sql"), tagNames());
    }

    @Test
    void onConflictDoUpdateChangesTheExistingRowAndReturnsIt() {
        User again = newUser("Ann", 26).withBio("it's me; -- again \u00e9");
        List<User> stored = db().insertInto(USER).values(again).onConflict(USER.email)
                .doUpdateSetExcluded(USER.age)
                .setExcluded(USER.bio)
                .returning()
                .fetch();
        assertEquals(1, stored.size());
        assertEquals(ann.id, stored.get(0).id, "the existing row was updated, not a new one inserted");
        assertEquals(26, stored.get(0).age);
        assertEquals("it's me; -- again \u00e9", stored.get(0).bio);
        assertEquals(3, db().select(USER).count());

        List<Tuple2<Long, Integer>> bumped = db().insertInto(USER).values(newUser("Ann", 99)).onConflict(USER.email)
                .doUpdateSetExpression(USER.age, add(USER.age, 1))
                .returning(USER.id, USER.age).fetch();
        assertEquals(List.of(new Tuple2<>(ann.id, 27)), bumped, "the expression reads the existing row");

        List<String> inserted = db().insertInto(USER).values(newUser("Dee", 40)).onConflict(USER.email)
                .doUpdateSet(USER.bio, "never").returning(USER.name).fetch();
        assertEquals(List.of("Dee"), inserted, "a row without conflict is inserted");
        assertEquals(null, db().select(USER).where(USER.name.eq("Dee")).one().bio);
    }

    @Test
    void insertReturningGivesGeneratedKeysAndServerDefaults() {
        List<User> users = db().insertInto(USER).values(List.of(newUser("Eve", 20), newUser("Fay", 21))).returning()
                .fetch();
        assertEquals(2, users.size());
        users.forEach(user -> {
            assertNotNull(user.id);
            assertNotNull(user.createdAt, "the server default is read back");
        });
        List<Tuple2<Integer, String>> tags = db().insertInto(TAG).values(new Tag("go")).returning(TAG.id, TAG.name)
                .fetch();
        assertEquals("go", tags.get(0).second());
        assertEquals("go", db().select(TAG).where(TAG.id.eq(tags.get(0).first())).one().name);
    }

    @Test
    void updateAndDeleteWithSubqueriesReturningRows() {
        if (mariadb()) {
            // MariaDB has no UPDATE ... RETURNING: it fails before it runs, saying what to do instead
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> db().update(USER).set(USER.bio, "author").where(exists(db().select(POST)
                            .where(POST.authorId.eq(USER.id)))).returning(USER.name));
            assertTrue(e.getMessage().startsWith("MariaDB has no UPDATE ... RETURNING"), e.getMessage());
            assertEquals(1, db().update(USER).set(USER.bio, "author")
                    .where(exists(db().select(POST).where(POST.authorId.eq(USER.id)))).execute());
            assertEquals(List.of("Ann"), db().select(USER).where(USER.bio.eq("author")).select(USER.name).fetch());
        } else {
            assertEquals(List.of("Ann"), db().update(USER).set(USER.bio, "author")
                    .where(exists(db().select(POST).where(POST.authorId.eq(USER.id))))
                    .returning(USER.name).fetch());
        }
        assertEquals(2, db().update(USER).setExpression(USER.age, add(USER.age, 1))
                .where(USER.id.notIn(db().select(POST).select(POST.authorId))).execute());
        List<User> deleted = db().delete(USER).where(notExists(db().select(POST).where(POST.authorId.eq(USER.id))))
                .returning().fetch();
        deleted.sort(Comparator.comparing(user -> user.name));
        assertEquals(List.of("Bob", "Cid"), deleted.stream().map(user -> user.name).toList());
        assertEquals(List.of(31, 36), deleted.stream().map(user -> user.age).toList());
        assertEquals(List.of("Ann"), db().select(USER).select(USER.name).fetch());
    }

    @Test
    void insertSelectCopiesRowsAndCanSkipConflicts() {
        assertEquals(2, db().insertInto(TAG).columns(TAG.name)
                .select(db().select(USER).where(USER.age.gt(26)).select(USER.name)).execute());
        assertEquals(List.of("Bob", "Cid", "java"), tagNames());
        // on MariaDB the two rows left as they are count too (see onConflictDoNothingSkipsTheConflictingRows)
        assertEquals(mariadb() ? 3 : 1, db().insertInto(TAG).columns(TAG.name)
                .select(db().select(USER).select(USER.name)).onConflictDoNothing().execute());
        assertEquals(List.of("Ann", "Bob", "Cid", "java"), tagNames());
    }
}
