package dev.quarry.it.repository;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.StatementWatch;
import dev.quarry.exception.NoResultException;
import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.PostTag_;
import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.testing.DatabaseExtension;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every method of the generated repositories, run against the database. */
abstract class RepositoryTests {
    private final DatabaseExtension database;
    private UserRepository users;
    private User ann;
    private User bob;
    private User cid;
    private User dee;

    protected RepositoryTests(DatabaseExtension database) {
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
        users = new UserRepository_Impl(database.db());
        List<User> saved = users.saveAll(List.of(user("Ann", 25, UserStatus.ACTIVE),
                user("Bob", 30, UserStatus.ACTIVE).withBio("bob's bio"),
                user("Cid", 35, UserStatus.SUSPENDED), user("Dee", 40, UserStatus.DELETED).withBio("gone")));
        ann = saved.get(0);
        bob = saved.get(1);
        cid = saved.get(2);
        dee = saved.get(3);
    }

    @Test
    void saveInsertsThenUpdatesByKey() {
        User eve = users.save(user("Eve", 22, UserStatus.ACTIVE));
        assertNotNull(eve.id);
        assertNotNull(eve.createdAt, "the server default comes back");
        eve.age = 23;
        eve.bio = "updated";
        assertEquals(eve, users.save(eve));
        User stored = users.findById(eve.id).orElseThrow();
        assertEquals(23, stored.age);
        assertEquals("updated", stored.bio);
        assertEquals(eve.createdAt, stored.createdAt);
        assertEquals(5, users.count());
    }

    @Test
    void saveOfAnUnknownGeneratedKeyFails() {
        User ghost = user("Ghost", 1, UserStatus.ACTIVE);
        ghost.id = 999_999L;
        assertThrows(NoResultException.class, () -> users.save(ghost));
    }

    @Test
    void saveAllInsertsAndUpdatesInOrder() {
        ann.age = 26;
        List<User> saved = users.saveAll(List.of(user("Eve", 22, UserStatus.ACTIVE), ann));
        assertEquals("Eve", saved.get(0).name);
        assertNotNull(saved.get(0).id);
        assertEquals(26, users.findById(ann.id).orElseThrow().age);
        assertEquals(List.of(), users.saveAll(List.of()));
    }

    @Test
    void findAndExistsById() {
        assertEquals("Bob", users.findById(bob.id).orElseThrow().name);
        assertTrue(users.findById(-1L).isEmpty());
        assertTrue(users.existsById(cid.id));
        assertFalse(users.existsById(-1L));
        assertEquals(Set.of("Ann", "Dee"), Set.copyOf(names(users.findAllById(List.of(ann.id, dee.id, -1L)))));
        assertEquals(List.of(), users.findAllById(List.of()));
    }

    @Test
    void findAllWithOrderAndPaging() {
        assertEquals(4, users.findAll().size());
        assertEquals(List.of("Dee", "Cid", "Bob", "Ann"), names(users.findAll(List.of(USER.age.desc()))));
        Page<User> page = users.findAll(PageRequest.of(1, 3), List.of(USER.name.asc()));
        assertEquals(List.of("Dee"), names(page.content()));
        assertEquals(4, page.totalElements());
        assertEquals(2, page.totalPages());
        assertFalse(page.hasNext());
    }

    @Test
    void deleteMethods() {
        assertTrue(users.deleteById(ann.id));
        assertFalse(users.deleteById(ann.id));
        assertTrue(users.delete(bob));
        assertThrows(IllegalArgumentException.class, () -> users.delete(user("Never", 1, UserStatus.ACTIVE)));
        assertEquals(1, users.deleteAllById(List.of(cid.id, -1L)));
        assertEquals(0, users.deleteAllById(List.of()));
        assertEquals(1, users.deleteAll());
        assertEquals(0, users.count());
    }

    @Test
    void derivedEqualityAndSingleResults() {
        assertEquals("Bob", users.findByEmail("bob@example.com").orElseThrow().name);
        assertTrue(users.findByEmail("nobody@example.com").isEmpty());
        assertEquals("Cid", users.getByEmail("cid@example.com").name);
        assertThrows(NoResultException.class, () -> users.getByEmail("nobody@example.com"));
        assertEquals(List.of("Ann", "Bob"), names(users.findDistinctByStatusOrderByNameAsc(UserStatus.ACTIVE)));
        assertEquals(List.of("Cid", "Dee"), names(users.findByStatusNotOrderByNameAsc(UserStatus.ACTIVE)));
    }

    @Test
    void derivedTextOperators() {
        assertEquals(List.of("Ann"), names(users.findByNameContainingOrderByNameAsc("n")));
        assertEquals(List.of("Dee", "Bob"), names(users.findByNameStartingWithOrNameEndingWithOrderByNameDesc("B", "e")));
        assertEquals(List.of("Bob"), names(users.findByNameLikeOrderByNameAsc("%o%")));
        assertEquals(List.of("Cid"), names(users.findByNameLikeOrderByNameAsc("_i_")));
        assertEquals(List.of("Ann", "Bob", "Dee"), names(users.findByNameNotLikeOrderByNameAsc("C%")));
    }

    @Test
    void derivedComparisonsAndCollections() {
        assertEquals(List.of("Bob"), names(users.findByAgeBetweenAndStatusOrderByAgeAsc(30, 40, UserStatus.ACTIVE)));
        assertEquals(List.of("Ann", "Dee"), names(users.findByAgeLessThanOrAgeGreaterThanEqualOrderByAgeAsc(30, 40)));
        assertEquals(List.of("Bob", "Cid"), names(users.findByAgeLessThanEqualAndAgeGreaterThanOrderByAgeAsc(35, 25)));
        assertEquals(List.of("Cid", "Dee"), names(users.findByStatusInOrderByNameAsc(
                List.of(UserStatus.SUSPENDED, UserStatus.DELETED))));
        assertEquals(List.of("Ann", "Bob"), names(users.findByStatusNotInOrderByNameAsc(
                Set.of(UserStatus.SUSPENDED, UserStatus.DELETED))));
        assertEquals(List.of(), users.findByStatusInOrderByNameAsc(List.of()));
        assertEquals(List.of("Ann", "Cid"), names(users.findByBioIsNullOrderByNameAsc()));
        assertEquals(List.of("Bob", "Dee"), names(users.findByBioIsNotNullOrderByNameAsc()));
    }

    @Test
    void derivedLimitsStreamsAndPages() {
        assertEquals(List.of("Dee", "Cid"), names(users.findTop2ByOrderByAgeDesc()));
        assertEquals("Ann", users.findFirstByStatusOrderByAgeAsc(UserStatus.ACTIVE).orElseThrow().name);
        try (Stream<User> older = users.streamByAgeGreaterThanOrderByAgeAsc(28)) {
            assertEquals(List.of("Bob", "Cid", "Dee"), older.map(u -> u.name).toList());
        }
        Page<User> page = users.findByStatusOrderByNameAsc(UserStatus.ACTIVE, PageRequest.of(0, 1));
        assertEquals(List.of("Ann"), names(page.content()));
        assertEquals(2, page.totalElements());
        assertTrue(page.hasNext());
        Slice<User> first = users.findByAgeGreaterThanOrderByNameAsc(20, PageRequest.of(0, 3));
        assertEquals(List.of("Ann", "Bob", "Cid"), names(first.content()));
        assertTrue(first.hasNext());
        Slice<User> last = users.findByAgeGreaterThanOrderByNameAsc(20, first.request().next());
        assertEquals(List.of("Dee"), names(last.content()));
        assertFalse(last.hasNext());
    }

    @Test
    void derivedCountsExistsAndDeletes() {
        assertEquals(2L, users.countByStatus(UserStatus.ACTIVE));
        assertEquals(2, users.countByAgeGreaterThan(30));
        assertTrue(users.existsByEmail("ann@example.com"));
        assertFalse(users.existsByEmail("nobody@example.com"));
        assertEquals(1, users.deleteByStatus(UserStatus.DELETED));
        users.deleteByBioIsNotNull();
        assertEquals(List.of("Ann", "Cid"), names(users.findAll(List.of(USER.name.asc()))));
    }

    @Test
    void defaultMethodUsesTheDsl() {
        assertEquals(List.of("Cid", "Dee"), users.namesOlderThan(30));
    }

    @Test
    void callsJoinTheCallersTransaction() {
        assertThrows(IllegalStateException.class, () -> database.db().useTransaction(tx -> {
            users.save(user("Eve", 22, UserStatus.ACTIVE));
            assertEquals(5, users.count());
            throw new IllegalStateException("roll back");
        }));
        assertEquals(4, users.count());
    }

    @Test
    void primitiveGeneratedKey() {
        TagRepository tags = new TagRepository_Impl(database.db());
        Tag java = tags.save(new Tag("java"));
        assertTrue(java.id > 0);
        java.name = "jvm";
        tags.save(java);
        assertEquals(java.id, tags.findByName("jvm").orElseThrow().id);
        assertEquals(1, tags.count());
    }

    @Test
    void compositeAssignedKeyUpdatesOrInserts() {
        Post post = database.db().insert(POST, Post.draft(ann.id, "Hello", "Text"));
        TagRepository tags = new TagRepository_Impl(database.db());
        Tag first = tags.save(new Tag("one"));
        Tag second = tags.save(new Tag("two"));
        PostTagRepository postTags = new PostTagRepository_Impl(database.db());
        postTags.save(new PostTag(post.id(), first.id, 2, null));
        postTags.saveAll(List.of(new PostTag(post.id(), second.id, 1, null), new PostTag(post.id(), first.id, 3, null)));
        List<PostTag> stored = postTags.findByPostIdOrderByPositionAsc(post.id());
        assertEquals(List.of(1, 3), stored.stream().map(PostTag::position).toList());
        PostTag_.Key key = new PostTag_.Key(post.id(), first.id);
        assertTrue(postTags.existsById(key));
        assertEquals(2, postTags.findAllById(List.of(key, new PostTag_.Key(post.id(), second.id))).size());
        assertTrue(postTags.deleteById(key));
        assertEquals(1, postTags.count());
    }

    @Test
    void upsertOfAnAssignedKeyInsertsThenUpdatesEveryOtherColumn() {
        Post post = database.db().insert(POST, Post.draft(ann.id, "Hello", "Text"));
        Tag tag = new TagRepository_Impl(database.db()).save(new Tag("upsert"));
        PostTagRepository postTags = new PostTagRepository_Impl(database.db());
        LocalDateTime tagged = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
        PostTag inserted = postTags.upsert(new PostTag(post.id(), tag.id, 1, tagged));
        assertEquals(new PostTag(post.id(), tag.id, 1, tagged), inserted, "the insert path returns the stored row");
        PostTag updated = postTags.upsert(new PostTag(post.id(), tag.id, 7, null));
        assertEquals(new PostTag(post.id(), tag.id, 7, null), updated, "the update path sets every other column");
        assertEquals(List.of(updated), postTags.findByPostIdOrderByPositionAsc(post.id()));
        assertEquals(1, postTags.count());
    }

    @Test
    void upsertOfAGeneratedKeyInsertsWhenUnsetAndUpdatesWhenSet() {
        User eve = users.upsert(user("Eve", 22, UserStatus.ACTIVE));
        assertNotNull(eve.id, "an unset generated key is a plain insert");
        assertNotNull(eve.createdAt, "the server default comes back");
        User change = user("Eve", 23, UserStatus.SUSPENDED).withBio("changed");
        change.id = eve.id;
        User stored = users.upsert(change);
        assertEquals(eve.id, stored.id);
        assertEquals(23, stored.age);
        assertEquals(UserStatus.SUSPENDED, stored.status);
        assertEquals("changed", stored.bio);
        assertEquals(eve.createdAt, stored.createdAt, "a null server-default column is left as stored and returned");
        assertEquals(5, users.count());
        User ghost = user("Ghost", 1, UserStatus.ACTIVE);
        ghost.id = 999_999L;
        assertThrows(NoResultException.class, () -> users.upsert(ghost));
    }

    @Test
    void projectionsIntoRecords() {
        UserSummaries summaries = new UserSummaries_Impl(database.db());
        assertEquals(List.of(new UserSummaries.NameAge("Cid", 35), new UserSummaries.NameAge("Dee", 40)),
                summaries.findByAgeGreaterThanOrderByAgeAsc(30));
        assertEquals(new UserSummaries.Email("bob@example.com"), summaries.findByName("Bob").orElseThrow());
        assertTrue(summaries.findByName("Nobody").isEmpty());
        assertEquals(new UserSummaries.Email("ann@example.com"), summaries.getByName("Ann"));
        assertThrows(NoResultException.class, () -> summaries.getByName("Nobody"));
        try (Stream<UserSummaries.NameAge> active = summaries.streamByStatusOrderByNameAsc(UserStatus.ACTIVE)) {
            assertEquals(List.of(new UserSummaries.NameAge("Ann", 25), new UserSummaries.NameAge("Bob", 30)),
                    active.toList());
        }
        User stored = users.findById(dee.id).orElseThrow();
        assertEquals(List.of(new UserSummaries.Card(dee.id, "Dee", "dee@example.com", "gone", 40, stored.createdAt),
                        new UserSummaries.Card(cid.id, "Cid", "cid@example.com", null, 35,
                                users.findById(cid.id).orElseThrow().createdAt)),
                summaries.findTop2ByOrderByAgeDesc());
        assertEquals(List.of(new UserSummaries.State(UserStatus.ACTIVE), new UserSummaries.State(UserStatus.DELETED),
                        new UserSummaries.State(UserStatus.SUSPENDED)),
                summaries.findDistinctByAgeGreaterThanOrderByStatusAsc(20));
    }

    @Test
    void projectionsPaged() {
        UserSummaries summaries = new UserSummaries_Impl(database.db());
        Page<UserSummaries.NameAge> page = summaries.findByAgeLessThanOrderByNameAsc(40, PageRequest.of(1, 2));
        assertEquals(List.of(new UserSummaries.NameAge("Cid", 35)), page.content());
        assertEquals(3, page.totalElements());
        Slice<UserSummaries.Email> slice = summaries.findByStatusOrderByEmailAsc(UserStatus.ACTIVE,
                PageRequest.of(0, 1));
        assertEquals(List.of(new UserSummaries.Email("ann@example.com")), slice.content());
        assertTrue(slice.hasNext());
        assertFalse(summaries.findByStatusOrderByEmailAsc(UserStatus.ACTIVE, PageRequest.of(1, 1)).hasNext());
    }

    @Test
    void readOnlyRepository() {
        UserReadRepository readOnly = new UserReadRepository_Impl(database.db());
        assertEquals(List.of("Cid", "Dee"), names(readOnly.findByAgeGreaterThanOrderByAgeAsc(30)));
        assertEquals(4, readOnly.count());
        assertEquals(database.db(), readOnly.database());
    }

    @Test
    void saveAllIsOneCallForTheNPlusOneDetectorWhileALoopOfSavesIsNot() {
        List<User> all = users.findAll();
        all.forEach(user -> user.age++);
        try (StatementWatch watch = database.db().watchStatements(2)) {
            users.saveAll(all);                     // four UPDATEs of one shape: one call
            assertEquals(4, users.findAll().stream().filter(user -> user.age > 25).count());
        }
        try (StatementWatch watch = database.db().watchStatements(2)) {
            users.save(all.get(0));
            users.save(all.get(1));
            RepeatedStatementException e = assertThrows(RepeatedStatementException.class, () -> users.save(all.get(2)));
            assertTrue(e.getMessage().contains("UPDATE"), e.getMessage());
        }
    }
}
