package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Post;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.query.WriteQuery;
import dev.quarry.testing.DatabaseExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code update ... set ... where} and {@code delete ... where}: the rows they change and the counts they return. */
abstract class WriteTests extends DialectTests {
    private User ann;
    private User bob;
    private User cid;

    protected WriteTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void insertUsers() {
        ann = insertUser("Ann", 25);
        bob = insertUser("Bob", 30);
        cid = insertUser("Cid", 35);
    }

    private User reload(User user) {
        return db().get(USER, user.id).orElseThrow();
    }

    @Test
    void updateSetsValuesOnMatchingRowsOnly() {
        int updated = db().update(USER)
                .set(USER.bio, "over 28")
                .set(USER.status, UserStatus.SUSPENDED)
                .where(USER.age.gt(28))
                .execute();
        assertEquals(2, updated);
        assertEquals("over 28", reload(bob).bio);
        assertEquals(UserStatus.SUSPENDED, reload(cid).status);
        User untouched = reload(ann);
        assertNull(untouched.bio, "Ann's bio stays NULL");
        assertEquals(UserStatus.ACTIVE, untouched.status);
        assertEquals(ann.createdAt, untouched.createdAt);
    }

    @Test
    void updateCanSetNull() {
        db().update(USER).set(USER.bio, "something").all().execute();
        assertEquals(1, db().update(USER).set(USER.bio, null).where(USER.id.eq(bob.id)).execute());
        assertEquals(List.of("Bob"), db().select(USER).where(USER.bio.isNull()).fetch().stream().map(u -> u.name).toList());
    }

    @Test
    void updateOfEveryRow() {
        assertEquals(3, db().update(USER).set(USER.age, 50).all().execute());
        assertEquals(3, db().select(USER).where(USER.age.eq(50)).count());
    }

    @Test
    void updateMatchingNothingReturnsZero() {
        assertEquals(0, db().update(USER).set(USER.age, 1).where(USER.name.eq("Nobody")).execute());
        assertEquals(0, db().select(USER).where(USER.age.eq(1)).count());
    }

    @Test
    void updateBindsHostileValues() {
        for (String hostile : TypesTests.HOSTILE_STRINGS) {
            assertEquals(1, db().update(USER).set(USER.bio, hostile).where(USER.id.eq(ann.id)).execute());
            assertEquals(hostile, reload(ann).bio);
        }
        assertEquals(3, db().select(USER).count());
        assertNull(reload(bob).bio);
    }

    @Test
    void updateOfATimestampAndARecordTable() {
        Post post = insertPost(ann, "draft");
        Instant published = Instant.parse("2024-03-04T05:06:07.123456Z");
        assertEquals(1, db().update(POST).set(POST.publishedAt, published).set(POST.views, 7)
                .where(POST.id.eq(post.id())).execute());
        Post read = db().get(POST, post.id()).orElseThrow();
        assertEquals(published, read.publishedAt());
        assertEquals(7, read.views());
    }

    @Test
    void deleteRemovesMatchingRowsOnly() {
        assertEquals(2, db().delete(USER).where(USER.age.lt(35)).execute());
        assertEquals(List.of("Cid"), db().select(USER).fetch().stream().map(u -> u.name).toList());
        assertEquals(0, db().delete(USER).where(USER.age.lt(35)).execute());
    }

    @Test
    void deleteOfEveryRow() {
        assertEquals(3, db().delete(USER).all().execute());
        assertEquals(0, db().select(USER).count());
        assertEquals(0, database.number("SELECT count(*) FROM users"));
    }

    @Test
    void writeQueriesShowTheirSql() {
        WriteQuery update = db().update(USER).set(USER.bio, "x'y").where(USER.id.eq(7L));
        String updateSql = update.toSql();
        assertTrue(updateSql.startsWith(quoted("UPDATE \"users\" SET \"bio\" = ?")), updateSql);
        assertTrue(updateSql.contains("WHERE ") && updateSql.contains(quoted("\"id\" = ?")), updateSql);
        assertFalse(updateSql.contains("x'y"), updateSql);
        assertEquals(List.of("x'y", 7L), update.parameters());

        WriteQuery delete = db().delete(USER).where(USER.name.like("%o%"));
        String deleteSql = delete.toSql();
        assertTrue(deleteSql.startsWith(quoted("DELETE FROM \"users\" WHERE ")), deleteSql);
        assertTrue(deleteSql.contains(quoted("\"name\" LIKE ?")), deleteSql);
        assertEquals(List.of("%o%"), delete.parameters());

        assertEquals(0, update.execute(), "nothing has id 7");
        assertEquals(1, delete.execute(), "only Bob matches %o%");
        assertEquals(List.of("Ann", "Cid"), db().select(USER).orderBy(USER.name.asc()).fetch().stream().map(u -> u.name).toList());
    }
}
