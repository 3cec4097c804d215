package dev.quarry.it.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.Tables;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.DatabaseExtension;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated {@code @Query} methods and {@code IgnoreCase} finders, run against the database. */
abstract class QueryTests {
    private final DatabaseExtension database;
    private UserQueries users;
    private User ann;
    private User bob;

    protected QueryTests(DatabaseExtension database) {
        this.database = database;
    }

    private static User user(String name, int age, UserStatus status) {
        return new User(name, name.toLowerCase(Locale.ROOT) + "@example.com", age, status);
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(user -> user.name).toList();
    }

    @BeforeEach
    void saveUsers() {
        users = new UserQueries_Impl(database.db());
        List<User> saved = users.saveAll(List.of(user("Ann", 25, UserStatus.ACTIVE),
                user("Bob", 30, UserStatus.ACTIVE).withBio("bob's bio"),
                user("Cid", 35, UserStatus.SUSPENDED), user("Dee", 40, UserStatus.ACTIVE).withBio("gone")));
        ann = saved.get(0);
        bob = saved.get(1);
        database.db().insert(Tables.POST, Post.draft(bob.id, "Hello", "first post"));
    }

    @Test
    void selectStarMapsEveryColumnToTheEntity() {
        List<User> older = users.olderThan(28);
        assertEquals(List.of("Bob", "Cid", "Dee"), names(older));
        User stored = older.get(0);
        assertEquals(bob.id, stored.id);
        assertEquals("bob@example.com", stored.getEmail());
        assertEquals("bob's bio", stored.bio);
        assertEquals(bob.createdAt, stored.createdAt);
        assertEquals(UserStatus.ACTIVE, stored.status);
    }

    @Test
    void aliasedStarOfAJoin() {
        assertEquals(Optional.of(bob.id), users.authorOf("Hello").map(user -> user.id));
        assertEquals(Optional.empty(), users.authorOf("nobody wrote this"));
    }

    @Test
    void streamWithParametersUsedInOrder() {
        try (Stream<User> rows = users.byStatusAndAge(UserStatus.ACTIVE, 26, 35)) {
            assertEquals(List.of("Ann", "Bob"), rows.map(user -> user.name).toList());
        }
    }

    @Test
    void singleEntityResult() {
        assertEquals(ann.id, users.byEmail("ann@example.com").id);
        assertThrows(NoResultException.class, () -> users.byEmail("nobody@example.com"));
    }

    @Test
    void scalars() {
        assertEquals(3L, users.countWith(UserStatus.ACTIVE));
        assertEquals(List.of("Ann", "Cid", "Dee"), users.namesFrom(35, "Ann"));
        assertEquals(List.of("Ann"), users.namesFrom(null, "Ann"), "a null parameter is bound as NULL");
        assertEquals(Optional.of(UserStatus.SUSPENDED), users.statusOf("cid@example.com"));
        assertEquals(Optional.empty(), users.bioOf("ann@example.com"), "a NULL column is an empty Optional");
        assertEquals(Optional.of("gone"), users.bioOf("dee@example.com"));
        assertEquals(Optional.of(40), users.oldestAge(Instant.now().plusSeconds(3600)));
        assertEquals(Optional.empty(), users.oldestAge(Instant.parse("2000-01-01T00:00:00Z")));
        assertEquals("Bob", users.canonicalName("BOB"));
    }

    @Test
    void rowsReadIntoRecordsByComponentName() {
        assertEquals(List.of(new UserQueries.NameAge("Cid", 35), new UserQueries.NameAge("Dee", 40)),
                users.namesAndAges(30));
        assertEquals(Optional.of(new UserQueries.NameAge("Bob", 30)), users.nameAndAgeOf("bob@example.com"),
                "items selected in another order than the components");
        assertEquals(Optional.empty(), users.nameAndAgeOf("nobody@example.com"));
        database.db().insert(Tables.POST, Post.draft(bob.id, "Again", "second post"));
        database.db().insert(Tables.POST, Post.draft(ann.id, "Mine", "ann's post"));
        try (Stream<UserQueries.AuthorPosts> rows = users.postsPerAuthor()) {
            assertEquals(List.of(new UserQueries.AuthorPosts(ann.id, "Ann", UserStatus.ACTIVE, 1),
                    new UserQueries.AuthorPosts(bob.id, "Bob", UserStatus.ACTIVE, 2)), rows.toList());
        }
        assertEquals(new UserQueries.Profile("Bob", "bob's bio", bob.createdAt), users.profileOf("bob@example.com"));
        assertEquals(new UserQueries.Profile("Ann", null, ann.createdAt), users.profileOf("ann@example.com"),
                "a NULL column is a null component");
        assertThrows(NoResultException.class, () -> users.profileOf("nobody@example.com"));
    }

    @Test
    void hostileValuesAreBoundNeverSpliced() {
        String hostile = "x'; delete from users; --";
        assertEquals(Optional.empty(), users.statusOf(hostile));
        assertEquals(1, users.updateBio(ann.id, hostile));
        assertEquals(hostile, users.findById(ann.id).orElseThrow().bio);
        assertEquals(4L, users.count());
    }

    @Test
    void modifyingStatementsReturnRowCounts() {
        assertEquals(1, users.updateBio(ann.id, "new bio"));
        assertEquals(0, users.updateBio(-1L, "nobody"));
        assertEquals(1L, users.insertActive("Eve", "eve@example.com", 19));
        users.deleteYoungerThan(26);
        assertEquals(List.of("Bob", "Cid", "Dee"), names(users.findAll(List.of(Tables.USER.name.asc()))));
    }

    @Test
    void modifyingStatementsJoinTheCallersTransaction() {
        assertThrows(IllegalStateException.class, () -> database.db().transaction(tx -> {
            users.updateBio(ann.id, "inside");
            assertEquals("inside", users.byEmail("ann@example.com").bio, "the same transaction sees the change");
            throw new IllegalStateException("roll back");
        }));
        assertEquals(null, users.byEmail("ann@example.com").bio);
    }

    @Test
    void severalRowsForASingleResultFail() {
        users.insertActive("ANN", "ann2@example.com", 50);
        assertThrows(NonUniqueResultException.class, () -> users.canonicalName("ann"));
    }

    @Test
    void ignoreCaseFinders() {
        assertEquals(Optional.of(ann.id), users.findByEmailIgnoreCase("ANN@Example.COM").map(user -> user.id));
        assertEquals(List.of("Ann", "Cid", "Dee"), names(users.findByNameNotIgnoreCaseOrderByNameAsc("BOB")));
        assertEquals(List.of("Bob", "Cid"), names(users.findByNameBetweenIgnoreCaseOrderByNameAsc("b", "CZ")));
    }
}
