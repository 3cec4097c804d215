package dev.quarry.it.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Tables;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.DatabaseExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Query} methods whose collection parameters are expanded into {@code IN} lists when they
 * run: one, several and no values, {@code NOT IN}, sets, two lists in one statement, scalars on
 * both sides of a list, and a {@code @Modifying} delete.
 */
abstract class QueryCollectionTests {
    private final DatabaseExtension database;
    private UserListQueries users;
    private User ann;
    private User bob;
    private User cid;
    private User dee;

    protected QueryCollectionTests(DatabaseExtension database) {
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
        users = new UserListQueries_Impl(database.db());
        List<User> saved = users.saveAll(List.of(user("Ann", 25, UserStatus.ACTIVE),
                user("Bob", 30, UserStatus.ACTIVE).withBio("bob's bio"), user("Cid", 35, UserStatus.SUSPENDED),
                user("Dee", 40, UserStatus.ACTIVE).withBio("gone")));
        ann = saved.get(0);
        bob = saved.get(1);
        cid = saved.get(2);
        dee = saved.get(3);
    }

    @Test
    void inWithOneSeveralAndNoValues() {
        List<User> one = users.byIds(List.of(bob.id));
        assertEquals(List.of("Bob"), names(one));
        assertEquals("bob's bio", one.get(0).bio, "select * still maps every column");
        assertEquals(List.of("Ann", "Cid", "Dee"), names(users.byIds(List.of(dee.id, ann.id, cid.id))));
        assertEquals(List.of(), users.byIds(List.of()), "an empty IN list matches no row");
        assertEquals(List.of("Bob"), names(users.byIds(List.of(bob.id, -1L, bob.id))), "duplicates are harmless");
    }

    @Test
    void notInWithNoValuesMatchesEveryRow() {
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), users.namesExcept(List.of()));
        assertEquals(List.of("Bob", "Dee"), users.namesExcept(List.of(ann.id, cid.id)));
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), users.namesWithBioNotIn(List.of()),
                "NOT IN an empty list holds for NULL columns too");
        assertEquals(List.of("Bob"), users.namesWithBioNotIn(List.of("gone")),
                "NOT IN a list of values is SQL's: a NULL column is not in it, nor outside it");
    }

    @Test
    void anEmptyInListIsFalseWhereverItStands() {
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), users.namesNotAmong(List.of()),
                "NOT (x IN ()) is true, not unknown");
        assertEquals(List.of("Ann", "Cid", "Dee"), users.namesNotAmong(List.of(bob.id)));
        assertEquals(List.of(new UserListQueries.Pick("Ann", "left"), new UserListQueries.Pick("Bob", "left"),
                new UserListQueries.Pick("Cid", "left"), new UserListQueries.Pick("Dee", "left")),
                users.picks(List.of()));
        assertEquals(List.of(new UserListQueries.Pick("Ann", "left"), new UserListQueries.Pick("Bob", "picked"),
                new UserListQueries.Pick("Cid", "left"), new UserListQueries.Pick("Dee", "picked")),
                users.picks(List.of(bob.id, dee.id)));
    }

    @Test
    void setsOfEnumsAndNumbers() {
        assertEquals(List.of("Ann", "Bob", "Dee"), users.namesWith(EnumSet.of(UserStatus.ACTIVE)));
        assertEquals(List.of("Cid"), users.namesWith(Set.of(UserStatus.SUSPENDED, UserStatus.DELETED)));
        assertEquals(List.of(), users.namesWith(EnumSet.noneOf(UserStatus.class)));
        assertEquals(List.of("Ann", "Cid"), users.namedNotAged(List.of("Ann", "Bob", "Cid"), Set.of(30)));
    }

    @Test
    void twoCollectionsInOneStatement() {
        assertEquals(List.of("Ann", "Cid"), users.namedNotAged(List.of("Cid", "Bob", "Ann"), Set.of(30, 41)));
        assertEquals(List.of("Ann", "Bob"), users.namedNotAged(List.of("Ann", "Bob"), Set.of()));
        assertEquals(List.of(), users.namedNotAged(List.of(), Set.of(30)));
        assertEquals(List.of(), users.namedNotAged(List.of(), Set.of()));
        assertEquals(3L, users.countEither(List.of(ann.id, bob.id), List.of("dee@example.com")),
                "one collection used twice, with another between its uses");
        assertEquals(1L, users.countEither(List.of(), List.of("dee@example.com", "nobody@example.com")));
        assertEquals(0L, users.countEither(List.of(), List.of()));
    }

    @Test
    void scalarsBeforeAndAfterACollectionBindInOrder() {
        List<Long> everyone = List.of(ann.id, bob.id, cid.id, dee.id);
        assertEquals(List.of("Bob", "Dee"), users.within(26, everyone, "Cid", 40));
        assertEquals(List.of("Ann"), users.within(20, List.of(ann.id), "Bob", 30));
        assertEquals(List.of("Ann", "Bob"), users.within(20, List.of(ann.id, bob.id, cid.id), "Cid", 30));
        assertEquals(List.of(), users.within(20, List.of(), "Cid", 50), "an empty list shifts the later scalars back");
        assertEquals(List.of("Cid"), users.within(35, everyone, "Dee", 99));
    }

    @Test
    void optionalAndStreamResults() {
        assertEquals(Optional.of(bob.id), users.oneOf(new LinkedHashSet<>(List.of("nobody@example.com",
                "bob@example.com"))).map(user -> user.id));
        assertEquals(Optional.empty(), users.oneOf(Set.of()));
        try (Stream<User> rows = users.streamByIds(List.of(dee.id, ann.id))) {
            assertEquals(List.of("Ann", "Dee"), rows.map(user -> user.name).toList());
        }
        try (Stream<User> rows = users.streamByIds(List.of())) {
            assertEquals(0L, rows.count());
        }
    }

    @Test
    void modifyingDeleteWithACollection() {
        assertEquals(0, users.deleteWith(Set.of(), UserStatus.ACTIVE));
        assertEquals(2, users.deleteWith(Set.of(ann.id, cid.id, dee.id), UserStatus.ACTIVE));
        assertEquals(List.of("Bob", "Cid"), names(users.findAll(List.of(Tables.USER.name.asc()))));
    }

    @Test
    void modifyingUpdateWithAnEmptyNotInChangesEveryRow() {
        assertEquals(4, users.updateBioExcept("all", List.of()));
        assertEquals(2, users.updateBioExcept("some", List.of(ann.id, bob.id)));
        assertEquals(List.of("all", "all", "some", "some"), users.findAll(List.of(Tables.USER.name.asc())).stream()
                .map(user -> user.bio).toList());
    }

    @Test
    void longListsWithinTheDatabasesLimit() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(-2_000, -1).boxed().toList());
        ids.add(cid.id);
        ids.add(ann.id);
        assertEquals(List.of("Ann", "Cid"), names(users.byIds(ids)));
    }

    @Test
    void nullCollectionsNullValuesAndTooManyValuesAreRefused() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> users.byIds(null));
        assertTrue(missing.getMessage().startsWith("@Query parameter ids is null; pass an empty collection"),
                missing.getMessage());
        IllegalArgumentException holdsNull = assertThrows(IllegalArgumentException.class,
                () -> users.byIds(Arrays.asList(ann.id, null)));
        assertTrue(holdsNull.getMessage().startsWith("@Query parameter ids holds null"), holdsNull.getMessage());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> users.within(1, LongStream.range(0, 100_000).boxed().toList(), "x", 99));
        assertTrue(tooMany.getMessage().startsWith("@Query parameter ids (100000 values) makes the statement need"
                + " 100003 bind parameters, more than " + database.db().dialectName() + " allows in one statement"),
                tooMany.getMessage());
        assertEquals(4L, users.count(), "nothing ran");
    }
}
