package dev.quarry.it;

import static dev.quarry.it.graph.Article_.ARTICLE;
import static dev.quarry.it.graph.Member_.MEMBER;
import static dev.quarry.it.model.PostTag_.POST_TAG;
import static dev.quarry.it.model.Post_.POST;
import static dev.quarry.it.model.Tag_.TAG;
import static dev.quarry.it.model.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.it.graph.Article;
import dev.quarry.it.graph.Member;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.PostTag_;
import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.query.EntityTable;
import dev.quarry.session.ObjectState;
import dev.quarry.session.Session;
import dev.quarry.session.SessionOptions;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session end to end on generated entities: states, the identity map, dirty checking with
 * the statements counted at the driver, flush order over foreign keys, rollback and autoflush.
 */
abstract class SessionTests {
    static final List<EntityTable<?, ?>> TABLES = tables();

    private final DatabaseExtension database;

    protected SessionTests(DatabaseExtension database) {
        this.database = database;
    }

    private static List<EntityTable<?, ?>> tables() {
        List<EntityTable<?, ?>> all = new ArrayList<>(dev.quarry.it.model.Tables.ALL);
        all.addAll(dev.quarry.it.graph.Tables.ALL);
        return List.copyOf(all);
    }

    private Database db() {
        return database.db();
    }

    /** SQL written with double-quoted identifiers, quoted as the running dialect quotes them. */
    private String quoted(String sql) {
        return database.isMariadb() ? sql.replace('"', '`') : sql;
    }

    @AfterEach
    void connectionsAreReturned() {
        assertEquals(0, db().poolStats().active(), "a session kept a connection");
    }

    private static User user(String name) {
        return new User(name, name.toLowerCase(Locale.ROOT) + "@example.com", 30, UserStatus.ACTIVE);
    }

    private static String lower(StatementCount count, int index) {
        return count.statements().get(index).toLowerCase(Locale.ROOT);
    }

    @Test
    void walkThroughTheStates() {
        User ada = user("Ada");
        Session session = db().session();
        assertEquals(ObjectState.TRANSIENT, session.state(ada));
        assertSame(ada, session.add(USER, ada));
        assertEquals(ObjectState.PENDING, session.state(ada));
        assertNull(ada.id);
        session.flush();
        assertEquals(ObjectState.PERSISTENT, session.state(ada));
        assertNotNull(ada.id, "the generated key is set on the same instance");
        assertNotNull(ada.createdAt, "server defaults are read back");
        session.commit();
        assertEquals(1, db().select(USER).count(), "committed");
        try (StatementCount count = JdbcStatements.count()) {
            assertSame(ada, session.get(USER, ada.id).orElseThrow(), "the identity map answers");
            assertEquals(0, count.total(), count::toString);
        }
        session.close();
        assertEquals(ObjectState.DETACHED, session.state(ada));
        session.close();
    }

    @Test
    void getReadsOnceAndKeepsOneInstancePerRow() {
        long id = db().insert(USER, user("Ada")).id;
        try (Session session = db().session(); StatementCount count = JdbcStatements.count()) {
            User first = session.get(USER, id).orElseThrow();
            User second = session.get(USER, id).orElseThrow();
            assertSame(first, second);
            assertEquals(1, count.total(), count::toString);
            assertTrue(session.get(USER, id + 1000).isEmpty());
            assertSame(first, session.select(USER).where(USER.id.eq(id)).one(), "a query returns the tracked instance");
        }
    }

    @Test
    void aQueryNeverOverwritesUnflushedChanges() {
        long id = db().insert(USER, user("Ada")).id;
        try (Session session = db().session(SessionOptions.DEFAULT.withAutoflush(false))) {
            User ada = session.get(USER, id).orElseThrow();
            ada.bio = "unflushed";
            List<User> all = session.select(USER).fetch();
            assertSame(ada, all.get(0));
            assertEquals("unflushed", ada.bio);
            session.rollback();
        }
        assertNull(db().get(USER, id).orElseThrow().bio, "nothing was flushed");
    }

    @Test
    void nothingChangedSendsNothing() {
        long id = db().insert(USER, user("Ada")).id;
        try (Session session = db().session()) {
            session.get(USER, id).orElseThrow();
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(0, count.total(), count::toString);
            }
            session.commit();
        }
    }

    @Test
    void oneFieldChangedSendsOneUpdateOfOneColumn() {
        long id = db().insert(USER, user("Ada")).id;
        try (Session session = db().session()) {
            User ada = session.get(USER, id).orElseThrow();
            ada.bio = "mathematician";
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(1, count.total(), count::toString);
                assertEquals(quoted("update \"users\" set \"bio\" = ? where \"id\" = ?"), lower(count, 0));
            }
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(0, count.total(), "the snapshot was updated: " + count);
            }
            session.commit();
        }
        assertEquals("mathematician", db().get(USER, id).orElseThrow().bio);
    }

    @Test
    void updatesAreBatchedPerTableAndColumnSet() {
        List<User> users = db().insertAll(USER, List.of(user("Ada"), user("Bob"), user("Cyd")));
        try (Session session = db().session()) {
            List<User> loaded = session.select(USER).orderBy(USER.id.asc()).fetch();
            loaded.get(0).bio = "one";
            loaded.get(1).bio = "two";
            loaded.get(2).age = 99;
            try (StatementCount count = JdbcStatements.count()) {
                session.commit();
                List<String> updates = count.statements().stream().filter(sql -> sql.startsWith("UPDATE")).toList();
                assertEquals(2, updates.size(), count::toString);
                assertEquals(2, count.batches(), count::toString);
            }
        }
        assertEquals("two", db().get(USER, users.get(1).id).orElseThrow().bio);
        assertEquals(99, db().get(USER, users.get(2).id).orElseThrow().age);
    }

    @Test
    void recordsAreUpdatedByReplacingThem() {
        long author = db().insert(USER, user("Ada")).id;
        Post stored = db().insert(POST, Post.draft(author, "Draft", "text"));
        try (Session session = db().session()) {
            Post post = session.get(POST, stored.id()).orElseThrow();
            Post renamed = new Post(post.id(), post.authorId(), "Final", post.content(), post.publishedAt(), post.views());
            session.update(POST, renamed);
            assertSame(renamed, session.get(POST, stored.id()).orElseThrow());
            assertEquals(ObjectState.DETACHED, session.state(post));
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(List.of(quoted("update \"posts\" set \"title\" = ? where \"id\" = ?")),
                        count.statements().stream().map(sql -> sql.toLowerCase(Locale.ROOT)).toList());
            }
            session.commit();
        }
        assertEquals("Final", db().get(POST, stored.id()).orElseThrow().title());
    }

    @Test
    void anAddedRecordIsReplacedByTheStoredOne() {
        long author = db().insert(USER, user("Ada")).id;
        try (Session session = db().session()) {
            Post draft = Post.draft(author, "Hello", "text");
            session.add(POST, draft);
            session.flush();
            assertEquals(ObjectState.DETACHED, session.state(draft));
            Post stored = session.select(POST).one();
            assertNotNull(stored.id());
            assertEquals(0, stored.views(), "the server default was read back");
            assertEquals(ObjectState.PERSISTENT, session.state(stored));
            assertSame(stored, session.get(POST, stored.id()).orElseThrow());
            session.commit();
        }
    }

    @Test
    void deleteThenCommitDetaches() {
        long id = db().insert(USER, user("Ada")).id;
        try (Session session = db().session()) {
            User ada = session.get(USER, id).orElseThrow();
            session.delete(ada);
            assertEquals(ObjectState.DELETED, session.state(ada));
            assertTrue(session.get(USER, id).isEmpty());
            session.flush();
            assertEquals(ObjectState.DELETED, session.state(ada));
            session.commit();
            assertEquals(ObjectState.DETACHED, session.state(ada));
            User pending = session.add(USER, user("Bob"));
            session.delete(pending);
            assertEquals(ObjectState.TRANSIENT, session.state(pending), "deleting a pending object lets it go");
            session.commit();
        }
        assertEquals(0, db().select(USER).count());
    }

    @Test
    void refreshExpungeAndMerge() {
        long id = db().insert(USER, user("Ada")).id;
        try (Session session = db().session()) {
            User ada = session.get(USER, id).orElseThrow();
            ada.bio = "lost";
            assertSame(ada, session.refresh(ada));
            assertNull(ada.bio, "refresh read the row again into the same instance");
            session.expunge(ada);
            assertEquals(ObjectState.DETACHED, session.state(ada));
            ada.bio = "not tracked";
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(0, count.total(), count::toString);
            }
            User tracked = session.merge(USER, ada);
            assertNotSame(ada, tracked, "merge reads the row and copies the detached values into it");
            assertEquals("not tracked", tracked.bio);
            try (StatementCount count = JdbcStatements.count()) {
                session.commit();
                assertEquals(quoted("update \"users\" set \"bio\" = ? where \"id\" = ?"), lower(count, count.total() - 1));
            }
        }
        assertEquals("not tracked", db().get(USER, id).orElseThrow().bio);
    }

    @Test
    void flushOrdersAThreeLevelGraphByForeignKeys() {
        User ann = db().insert(USER, user("Ann"));
        User gone = db().insert(USER, user("Gone"));
        Post first = db().insert(POST, Post.draft(ann.id, "First", "text"));
        Post second = db().insert(POST, Post.draft(ann.id, "Second", "text"));
        Tag red = db().insert(TAG, new Tag("red"));
        Tag blue = db().insert(TAG, new Tag("blue"));
        db().insert(POST_TAG, new PostTag(first.id(), red.id, 1, null));
        try (Session session = db().session()) {
            PostTag link = session.get(POST_TAG, new PostTag_.Key(first.id(), red.id)).orElseThrow();
            Post doomed = session.get(POST, second.id()).orElseThrow();
            User loadedGone = session.get(USER, gone.id).orElseThrow();
            User loadedAnn = session.get(USER, ann.id).orElseThrow();
            // added children first: the flush puts parents first anyway
            session.add(POST_TAG, new PostTag(first.id(), blue.id, 2, null));
            session.add(POST, Post.draft(ann.id, "Third", "text"));
            session.add(USER, user("Bea"));
            session.delete(loadedGone);
            session.delete(doomed);
            session.delete(link);
            loadedAnn.bio = "changed";
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                List<String> kinds = new ArrayList<>();
                for (String sql : count.statements()) {
                    String[] words = sql.toLowerCase(Locale.ROOT).replaceAll("[\"`]", "").split(" ");
                    String table = words[0].equals("update") ? words[1] : words[2];
                    kinds.add(words[0] + " " + table);
                }
                assertEquals(List.of("insert users", "insert posts", "insert post_tags", "update users",
                        "delete post_tags", "delete posts", "delete users"), kinds, count::toString);
            }
            session.commit();
        }
        assertEquals(2, db().select(USER).count());
        assertEquals(2, db().select(POST).count());
        assertEquals(1, db().select(POST_TAG).count());
        assertEquals("changed", db().get(USER, ann.id).orElseThrow().bio);
    }

    @Test
    void newParentKeysReachNewChildrenThroughTheirRef() {
        try (Session session = db().session()) {
            Member ann = new Member("Ann");
            Article article = Article.by(ann, "Hello", Instant.parse("2026-01-01T00:00:00Z"));
            session.add(ARTICLE, article);
            session.add(MEMBER, ann);
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(2, count.total(), count::toString);
                assertTrue(lower(count, 0).contains(quoted("\"members\"")), count::toString);
            }
            Article stored = session.select(ARTICLE).one();
            assertEquals(ann.id.longValue(), stored.authorId());
            session.commit();
        }
    }

    @Test
    void rollbackLeavesDatabaseAndSessionConsistent() {
        long id = db().insert(USER, user("Ada")).id;
        long otherId = db().insert(USER, user("Bob")).id;
        try (Session session = db().session()) {
            User ada = session.get(USER, id).orElseThrow();
            User bob = session.get(USER, otherId).orElseThrow();
            User cyd = session.add(USER, user("Cyd"));
            ada.bio = "changed";
            session.delete(bob);
            session.flush();
            assertNotNull(cyd.id);
            session.rollback();
            assertEquals(0, db().poolStats().active(), "the connection went back");
            assertEquals(ObjectState.TRANSIENT, session.state(cyd));
            assertNull(cyd.id, "the key of the rolled-back insert is cleared");
            assertEquals(ObjectState.PERSISTENT, session.state(bob));
            assertSame(bob, session.get(USER, otherId).orElseThrow());
            assertEquals(ObjectState.PERSISTENT, session.state(ada));
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(1, count.total(), "the snapshot is the committed row again, so the change is sent again: " + count);
            }
            session.rollback();
        }
        assertEquals(2, db().select(USER).count());
        assertNull(db().get(USER, id).orElseThrow().bio);
    }

    @Test
    void autoflushRunsBeforeQueries() {
        try (Session session = db().session()) {
            session.add(USER, user("Ada"));
            assertEquals(1, session.select(USER).fetch().size(), "the pending user was flushed first");
            session.rollback();
        }
        try (Session session = db().session(SessionOptions.DEFAULT.withAutoflush(false))) {
            session.add(USER, user("Ada"));
            assertEquals(0, session.select(USER).fetch().size());
            session.rollback();
        }
        assertEquals(0, db().select(USER).count());
    }

    @Test
    void expireOnCommitDetachesEverything() {
        long id = db().insert(USER, user("Ada")).id;
        try (Session session = db().session(SessionOptions.DEFAULT.withExpireOnCommit(true))) {
            User ada = session.get(USER, id).orElseThrow();
            session.commit();
            assertEquals(ObjectState.DETACHED, session.state(ada));
            User again = session.get(USER, id).orElseThrow();
            assertNotSame(ada, again, "a get after the commit reads the row again");
        }
    }

    @Test
    void closedSessionsAndForeignObjectsFailClearly() {
        long id = db().insert(USER, user("Ada")).id;
        Session first = db().session();
        User ada = first.get(USER, id).orElseThrow();
        try (Session second = db().session()) {
            IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> second.add(USER, ada));
            assertTrue(foreign.getMessage().contains("another open session"), foreign.getMessage());
            assertThrows(IllegalArgumentException.class, () -> second.delete(ada));
            assertEquals(ObjectState.TRANSIENT, second.state(ada));
        }
        first.close();
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> first.get(USER, id));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        assertThrows(IllegalStateException.class, first::flush);
        assertThrows(IllegalStateException.class, () -> first.add(USER, user("Bob")));
        assertFalse(first.state(ada) == ObjectState.PERSISTENT);
        try (Session third = db().session()) {
            third.add(USER, user("Bob"));
            IllegalStateException keyChange = assertThrows(IllegalStateException.class, () -> {
                User loaded = third.get(USER, id).orElseThrow();
                loaded.id = loaded.id + 1000;
                third.flush();
            });
            assertTrue(keyChange.getMessage().contains("primary key"), keyChange.getMessage());
        }
    }

    @Test
    void theGeneratedComparisonComparesValuesAndSendsOnlyTheChangedColumns() {
        db().insert(dev.quarry.it.model.Tables.ALL_TYPES, TypesTests.extremes(1));
        try (Session session = db().session()) {
            dev.quarry.it.model.AllTypes row = session.get(dev.quarry.it.model.Tables.ALL_TYPES, 1L).orElseThrow();
            row.money = row.money.setScale(row.money.scale() + 2);   // equal by value
            row.bytes = row.bytes.clone();                              // equal by content
            row.primitiveDouble = row.primitiveDouble * 1;              // the same primitive
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(0, count.total(), "equal values are no change: " + count);
            }
            row.primitiveInt = 7;
            row.bytes = new byte[] {1, 2, 3};
            try (StatementCount count = JdbcStatements.count()) {
                session.commit();
                assertEquals(1, count.total(), count::toString);
                assertTrue(lower(count, 0).replace('`', '"').matches("update \"all_types\" set \"[a-z_]*int[a-z_]*\" = \\?,"
                        + " \"bytes\" = \\? where \"id\" = \\?"), count::toString);
            }
        }
        dev.quarry.it.model.AllTypes stored = db().get(dev.quarry.it.model.Tables.ALL_TYPES, 1L).orElseThrow();
        assertEquals(7, stored.primitiveInt);
        assertEquals(3, stored.bytes.length);
    }
}
