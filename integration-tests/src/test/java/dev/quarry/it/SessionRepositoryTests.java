package dev.quarry.it;

import static dev.quarry.it.graph.Article_.ARTICLE;
import static dev.quarry.it.graph.Member_.MEMBER;
import static dev.quarry.it.model.Post_.POST;
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
import dev.quarry.it.graph.ArticleRepository;
import dev.quarry.it.graph.ArticleRepository_Impl;
import dev.quarry.it.graph.Member;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.it.repository.PostRepository;
import dev.quarry.it.repository.PostRepository_Impl;
import dev.quarry.it.repository.UserQueries;
import dev.quarry.it.repository.UserQueries_Impl;
import dev.quarry.it.repository.UserRepository;
import dev.quarry.it.repository.UserRepository_Impl;
import dev.quarry.it.repository.UserSummaries;
import dev.quarry.it.repository.UserSummaries_Impl;
import dev.quarry.it.repository.UserUpsertRepository_Impl;
import dev.quarry.relation.Ref;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.session.ObjectState;
import dev.quarry.session.Session;
import dev.quarry.session.SessionOptions;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Generated repositories made over a session: their entity reads go through the identity map
 * (after the autoflush), {@code save} and {@code delete} wait for the flush, bulk deletes run at
 * once and mark the tracked objects, upserts are refused; statements counted at the driver.
 */
abstract class SessionRepositoryTests {
    private final DatabaseExtension database;

    protected SessionRepositoryTests(DatabaseExtension database) {
        this.database = database;
    }

    private Database db() {
        return database.db();
    }

    @AfterEach
    void connectionsAreReturned() {
        assertEquals(0, db().poolStats().active(), "a session kept a connection");
    }

    private static User user(String name, int age, UserStatus status) {
        return new User(name, name.toLowerCase(Locale.ROOT) + "@example.com", age, status);
    }

    private static String lower(StatementCount count, int index) {
        return count.statements().get(index).toLowerCase(Locale.ROOT);
    }

    private static User byName(List<User> users, String name) {
        return users.stream().filter(user -> user.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void findersReturnTheTrackedInstancesAndNeverOverwriteUnflushedChanges() {
        long id = db().insert(USER, user("Ada", 30, UserStatus.ACTIVE)).id;
        db().insert(USER, user("Bob", 40, UserStatus.ACTIVE));
        try (Session session = db().session(SessionOptions.DEFAULT.withAutoflush(false))) {
            UserRepository users = new UserRepository_Impl(session);
            User ada = session.get(USER, id).orElseThrow();
            ada.bio = "unflushed";
            ada.age = 31;
            assertSame(ada, users.findByEmail("ada@example.com").orElseThrow());
            assertSame(ada, users.getByEmail("ada@example.com"));
            assertSame(ada, users.findById(id).orElseThrow());
            assertSame(ada, byName(users.findAll(), "Ada"));
            assertSame(ada, users.findAllById(List.of(id)).get(0));
            assertSame(ada, users.findByNameContainingOrderByNameAsc("d").get(0));
            assertSame(ada, users.findTop2ByOrderByAgeDesc().get(1), "ordered by the row's age, 30 < 40");
            try (Stream<User> stream = users.streamByAgeGreaterThanOrderByAgeAsc(0)) {
                assertSame(ada, stream.findFirst().orElseThrow());
            }
            Page<User> page = users.findByStatusOrderByNameAsc(UserStatus.ACTIVE, PageRequest.of(0, 1));
            assertSame(ada, page.content().get(0));
            assertEquals(2, page.totalElements());
            assertEquals("unflushed", ada.bio);
            assertEquals(31, ada.age);
            User bob = users.findByEmail("bob@example.com").orElseThrow();
            assertEquals(ObjectState.PERSISTENT, session.state(bob), "a row read by a finder is tracked");
            assertSame(bob, session.get(USER, bob.id).orElseThrow());
            session.rollback();
        }
        assertNull(db().get(USER, id).orElseThrow().bio, "nothing was flushed");
    }

    @Test
    void findByIdAsksTheIdentityMapFirstAndCountsAreQueries() {
        long id = db().insert(USER, user("Ada", 30, UserStatus.ACTIVE)).id;
        try (Session session = db().session(); StatementCount count = JdbcStatements.count()) {
            UserRepository users = new UserRepository_Impl(session);
            User ada = users.findById(id).orElseThrow();
            assertSame(ada, users.findById(id).orElseThrow());
            assertSame(ada, session.get(USER, id).orElseThrow());
            assertEquals(1, count.total(), count::toString);
            assertTrue(users.existsById(id));
            assertEquals(1, users.count());
            assertEquals(1, users.countByStatus(UserStatus.ACTIVE));
            assertEquals(4, count.total(), "existsById, count and countBy are queries: " + count);
        }
    }

    @Test
    void queriesFlushFirst() {
        long id = db().insert(USER, user("Ada", 30, UserStatus.ACTIVE)).id;
        try (Session session = db().session()) {
            UserRepository users = new UserRepository_Impl(session);
            UserSummaries summaries = new UserSummaries_Impl(session);
            User ada = users.findById(id).orElseThrow();
            ada.age = 99;
            User bob = session.add(USER, user("Bob", 20, UserStatus.ACTIVE));
            try (StatementCount count = JdbcStatements.count()) {
                assertEquals(2, users.countByStatus(UserStatus.ACTIVE));
                assertEquals(3, count.total(), "the insert, the update, then the count: " + count);
                assertTrue(lower(count, 0).startsWith("insert into \"users\""), count::toString);
                assertEquals("update \"users\" set \"age\" = ? where \"id\" = ?", lower(count, 1));
                assertTrue(lower(count, 2).startsWith("select count(*)"), count::toString);
            }
            assertNotNull(bob.id, "the autoflush inserted bob");
            assertSame(bob, users.findByEmail("bob@example.com").orElseThrow());
            assertEquals(List.of(new UserSummaries.NameAge("Ada", 99)), summaries.findByAgeGreaterThanOrderByAgeAsc(90),
                    "a projection sees the flushed change");
            session.commit();
        }
        assertEquals(99, db().get(USER, id).orElseThrow().age);
        assertEquals(2, db().select(USER).count());
    }

    @Test
    void saveWaitsForTheFlush() {
        try (Session session = db().session()) {
            UserRepository users = new UserRepository_Impl(session);
            User ada = user("Ada", 30, UserStatus.ACTIVE);
            try (StatementCount count = JdbcStatements.count()) {
                assertSame(ada, users.save(ada));
                assertEquals(0, count.total(), count::toString);
            }
            assertEquals(ObjectState.PENDING, session.state(ada));
            assertNull(ada.id);
            session.flush();
            assertNotNull(ada.id);
            ada.bio = "mathematician";
            try (StatementCount count = JdbcStatements.count()) {
                assertSame(ada, users.save(ada), "saving a tracked object changes nothing: the flush finds the change");
                assertEquals(0, count.total(), count::toString);
                session.commit();
                assertEquals(List.of("update \"users\" set \"bio\" = ? where \"id\" = ?"),
                        count.statements().stream().map(sql -> sql.toLowerCase(Locale.ROOT)).toList(),
                        "only the changed column");
            }
        }
        assertEquals("mathematician", db().select(USER).one().bio);
    }

    @Test
    void savingDetachedObjectsMergesThem() {
        List<User> stored = db().insertAll(USER, List.of(user("Ada", 30, UserStatus.ACTIVE),
                user("Bob", 40, UserStatus.ACTIVE), user("Cid", 50, UserStatus.ACTIVE)));
        for (User detached : stored) {
            detached.bio = detached.name + "'s bio";
        }
        try (Session session = db().session()) {
            UserRepository users = new UserRepository_Impl(session);
            User ada = users.findById(stored.get(0).id).orElseThrow();
            List<User> saved;
            try (StatementCount count = JdbcStatements.count()) {
                saved = users.saveAll(stored);
                assertEquals(1, count.total(), "Bob's and Cid's rows are read in one statement: " + count);
            }
            assertSame(ada, saved.get(0), "the values are copied into the tracked object");
            assertEquals("Ada's bio", ada.bio);
            assertNotSame(stored.get(1), saved.get(1));
            assertEquals(ObjectState.TRANSIENT, session.state(stored.get(1)));
            try (StatementCount count = JdbcStatements.count()) {
                session.commit();
                assertEquals(1, count.batches(), "one batched update: " + count);
                assertTrue(lower(count, 0).startsWith("update \"users\" set \"bio\" = ?"), count::toString);
            }
        }
        assertEquals(List.of("Ada's bio", "Bob's bio", "Cid's bio"),
                db().select(USER).orderBy(USER.name.asc()).fetch().stream().map(user -> user.bio).toList());
    }

    @Test
    void savingRecordsTracksTheStoredRecord() {
        long author = db().insert(USER, user("Ada", 30, UserStatus.ACTIVE)).id;
        try (Session session = db().session()) {
            PostRepository posts = new PostRepository_Impl(session);
            Post draft = Post.draft(author, "Draft", "text");
            assertSame(draft, posts.save(draft));
            Post stored = posts.findByAuthorIdOrderByTitleAsc(author).get(0);
            assertNotSame(draft, stored, "the autoflush inserted the draft and tracks the stored record");
            assertEquals(ObjectState.DETACHED, session.state(draft));
            assertEquals(0, stored.views(), "with its server default");
            Post renamed = new Post(stored.id(), author, "Final", stored.content(), null, stored.views());
            assertSame(renamed, posts.save(renamed));
            assertSame(renamed, posts.findById(stored.id()).orElseThrow());
            try (StatementCount count = JdbcStatements.count()) {
                session.commit();
                assertEquals(List.of("update \"posts\" set \"title\" = ? where \"id\" = ?"),
                        count.statements().stream().map(sql -> sql.toLowerCase(Locale.ROOT)).toList());
            }
        }
        assertEquals("Final", db().select(POST).one().title());
    }

    @Test
    void deletesWaitForTheFlush() {
        List<User> stored = db().insertAll(USER, List.of(user("Ada", 30, UserStatus.ACTIVE),
                user("Bob", 40, UserStatus.ACTIVE), user("Cid", 50, UserStatus.ACTIVE), user("Dee", 60, UserStatus.ACTIVE)));
        try (Session session = db().session(SessionOptions.DEFAULT.withAutoflush(false))) {
            UserRepository users = new UserRepository_Impl(session);
            User ada = users.findById(stored.get(0).id).orElseThrow();
            try (StatementCount count = JdbcStatements.count()) {
                assertTrue(users.delete(ada));
                assertEquals(0, count.total(), count::toString);
                assertTrue(users.deleteById(stored.get(1).id));
                assertEquals(1, count.total(), "Bob's row is read into the session: " + count);
                assertEquals(2, users.deleteAllById(List.of(stored.get(2).id, stored.get(3).id, -1L)));
                assertEquals(2, count.total(), "Cid's and Dee's rows in one statement: " + count);
                assertFalse(users.deleteById(-1L));
                assertTrue(count.statements().stream().allMatch(sql -> sql.startsWith("SELECT")), count::toString);
            }
            assertEquals(ObjectState.DELETED, session.state(ada));
            assertTrue(users.findById(ada.id).isEmpty(), "a deleted object is not found");
            assertFalse(users.delete(ada), "already deleted");
            User pending = users.save(user("Eve", 20, UserStatus.ACTIVE));
            assertFalse(users.delete(pending), "a pending object has no row: it is let go");
            assertEquals(ObjectState.TRANSIENT, session.state(pending));
            try (StatementCount count = JdbcStatements.count()) {
                session.commit();
                assertEquals(1, count.batches(), "one batched delete of the four rows: " + count);
                assertTrue(lower(count, 0).startsWith("delete from \"users\""), count::toString);
            }
            assertEquals(ObjectState.DETACHED, session.state(ada));
        }
        assertEquals(0, db().select(USER).count());
    }

    @Test
    void bulkDeletesRunAtOnceAndMarkTheTrackedObjects() {
        List<User> stored = db().insertAll(USER, List.of(user("Ada", 30, UserStatus.ACTIVE),
                user("Bob", 40, UserStatus.SUSPENDED), user("Cid", 50, UserStatus.SUSPENDED)));
        try (Session session = db().session()) {
            UserRepository users = new UserRepository_Impl(session);
            User bob = users.findById(stored.get(1).id).orElseThrow();
            User ada = users.findById(stored.get(0).id).orElseThrow();
            try (StatementCount count = JdbcStatements.count()) {
                assertEquals(2, users.deleteByStatus(UserStatus.SUSPENDED));
                assertEquals(1, count.total(), count::toString);
                assertTrue(lower(count, 0).startsWith("delete from \"users\" where"), count::toString);
            }
            assertEquals(ObjectState.DELETED, session.state(bob), "its row is gone");
            assertEquals(ObjectState.PERSISTENT, session.state(ada));
            assertEquals(1, users.count());
            session.rollback();
            assertEquals(ObjectState.PERSISTENT, session.state(bob), "the rollback brought the row back");
            assertEquals(3, users.count());
            assertEquals(3, users.deleteAll());
            assertEquals(ObjectState.DELETED, session.state(ada));
            assertEquals(ObjectState.DELETED, session.state(bob));
            session.commit();
            assertEquals(ObjectState.DETACHED, session.state(ada));
        }
        assertEquals(0, db().select(USER).count());
    }

    @Test
    void upsertsAreRefused() {
        try (Session session = db().session()) {
            UserRepository users = new UserRepository_Impl(session);
            UnsupportedOperationException upsert = assertThrows(UnsupportedOperationException.class,
                    () -> users.upsert(user("Ada", 30, UserStatus.ACTIVE)));
            assertTrue(upsert.getMessage().contains("save(entity)"), upsert.getMessage());
            UnsupportedOperationException upsertBy = assertThrows(UnsupportedOperationException.class,
                    () -> new UserUpsertRepository_Impl(session).upsertByEmail(user("Ada", 30, UserStatus.ACTIVE)));
            assertTrue(upsertBy.getMessage().contains("upsertBy"), upsertBy.getMessage());
        }
    }

    @Test
    void queryMethodsRunInTheSession() {
        long id = db().insert(USER, user("Ada", 30, UserStatus.ACTIVE)).id;
        try (Session session = db().session()) {
            UserQueries queries = new UserQueries_Impl(session);
            User ada = session.get(USER, id).orElseThrow();
            ada.bio = "flushed first";
            assertSame(ada, queries.byEmail("ada@example.com"), "an entity row goes through the identity map");
            assertSame(ada, queries.olderThan(20).get(0));
            assertEquals(java.util.Optional.of("flushed first"), queries.bioOf("ada@example.com"),
                    "the autoflush sent the change before the query");
            User bob = session.add(USER, user("Bob", 40, UserStatus.ACTIVE));
            assertEquals(2, queries.countWith(UserStatus.ACTIVE));
            assertNotNull(bob.id);
            assertEquals(1, queries.updateBio(id, "bulk"), "a modifying query runs at once");
            assertEquals("flushed first", ada.bio, "and does not change the tracked object");
            assertEquals(java.util.Optional.of("bulk"), queries.bioOf("ada@example.com"));
            assertSame(ada, session.refresh(ada));
            assertEquals("bulk", ada.bio, "refresh reads the row again");
            session.commit();
        }
        assertEquals("bulk", db().get(USER, id).orElseThrow().bio);
    }

    @Test
    void loadedRelationshipsHoldTrackedObjects() {
        Member ann = db().insert(MEMBER, new Member("Ann"));
        db().insert(ARTICLE, new Article(null, ann.id, "Intro", Instant.parse("2024-01-01T00:00:00Z"), Ref.empty(),
                List.of()));
        try (Session session = db().session()) {
            ArticleRepository articles = new ArticleRepository_Impl(session);
            Member tracked = session.get(MEMBER, ann.id).orElseThrow();
            tracked.name = "Ann (unflushed)";
            Article intro = articles.findByTitle("Intro").orElseThrow();
            assertSame(intro, session.get(ARTICLE, intro.id()).orElseThrow());
            assertSame(tracked, intro.author().get(), "the joined author is the tracked member");
            assertEquals("Ann (unflushed)", tracked.name);
            session.rollback();
        }
    }

    @Test
    void theRepositoryFollowsTheSession() {
        long id = db().insert(USER, user("Ada", 30, UserStatus.ACTIVE)).id;
        Session session = db().session();
        UserRepository users = new UserRepository_Impl(session);
        assertSame(db(), users.database(), "database() is the session's database, outside the session");
        users.findById(id);
        assertEquals(1, db().poolStats().active(), "the session's one connection");
        session.commit();
        assertEquals(0, db().poolStats().active());
        session.close();
        assertThrows(IllegalStateException.class, () -> users.findByEmail("ada@example.com"));
        assertThrows(IllegalStateException.class, () -> users.findById(id));
        assertThrows(IllegalStateException.class, () -> new UserRepository_Impl(session));
    }
}
