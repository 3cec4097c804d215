package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;
import static com.example.relationships.Account_.ACCOUNT;
import static com.example.relationships.Settings_.SETTINGS;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Post;
import com.example.blog.Tag;
import com.example.blog.User;
import com.example.relationships.Account;
import com.example.relationships.Joining;
import com.example.relationships.Loading;
import com.example.relationships.OneToOneLoading;
import com.example.relationships.Settings;
import com.example.relationships.Unloaded;
import com.example.relationships.Writing;
import dev.quarry.Database;
import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.relation.Ref;
import dev.quarry.relation.Relations;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the samples of {@code docs/guide/relationships.md} on SQLite and PostgreSQL, and checks the
 * statement counts, the SQL and the texts the page shows.
 */
class RelationshipsGuideTest {
    private static final Path PAGE = Pages.root().resolve("docs/guide/relationships.md");

    @TempDir
    Path dir;

    /** Statements are counted at the JDBC driver: install the counting driver before any pool. */
    @BeforeAll
    static void countStatements() {
        CountingDriver.install();
    }

    /** Runs {@code check} on a seeded SQLite blog, then on a seeded PostgreSQL one (true: PostgreSQL). */
    private void onBoth(BiConsumer<Database, Boolean> check) {
        try (Database db = Blog.sqlite(dir)) {
            check.accept(db, false);
        }
        try (Database db = Blog.postgres()) {
            check.accept(db, true);
        }
    }

    @Test
    void selectInLoadsEachLevelWithOneStatement() {
        onBoth((db, postgres) -> {
            List<User> users;
            try (StatementCount count = JdbcStatements.count()) {
                users = Loading.usersWithPostsAndTags(db);
                assertEquals(3, count.total(), count::toString);
                String keys = postgres ? "= ANY (?)" : "IN (?, ?, ?)";
                assertEquals("SELECT \"id\", \"title\", \"content\", \"author_id\", \"likes\", \"created_at\" FROM \"posts\""
                        + " WHERE \"author_id\" " + keys + " ORDER BY \"likes\" DESC, \"title\" ASC",
                        count.statements().get(1));
                assertEquals(List.of(0, 3, 6), count.boundValues(), "one key per user, one per post");
            }
            try (StatementCount count = JdbcStatements.count()) {
                assertEquals("""
                        Ada
                          Notes on the Analytical Engine [engines, history]
                          Poetical science [history, poetry]
                        Alan
                          Computable numbers [computing, math]
                          The imitation game [computing]
                        Grace
                          Compilers [computing, history]
                          Nanoseconds []
                        """, Loading.describe(users));
                assertEquals(0, count.total(), "reading loaded relationships runs nothing");
            }
            Post compilers = users.get(2).posts().get(0);
            Post computable = users.get(1).posts().get(0);
            Tag computing = computable.tags().stream().filter(t -> t.name().equals("computing")).findFirst().orElseThrow();
            assertTrue(compilers.tags().stream().anyMatch(t -> t == computing), "one Tag instance per row");
            assertTrue(Relations.isLoaded(users.get(2).posts().get(1).tags()), "an empty loaded set is loaded");
        });
    }

    @Test
    void joinedFoldsTheRelationshipIntoTheStatement() {
        onBoth((db, postgres) -> {
            try (StatementCount count = JdbcStatements.count()) {
                List<Post> posts = Loading.postsWithAuthors(db);
                assertEquals(1, count.total(), count::toString);
                assertTrue(count.statements().get(0).contains(" FROM \"posts\" LEFT JOIN \"users\" ON \"users\".\"id\" = \"posts\".\"author_id\""),
                        count::toString);
                assertEquals(List.of("Grace", "Alan", "Grace", "Ada", "Ada", "Alan"),
                        posts.stream().map(p -> p.author().get().name()).toList());
                assertSame(posts.get(0).author().get(), posts.get(2).author().get(), "one User instance per row");
                assertFalse(Relations.isLoaded(posts.get(0).tags()));
            }
        });
    }

    @Test
    void optionsFilterNestAndCombine() {
        onBoth((db, postgres) -> {
            try (StatementCount count = JdbcStatements.count()) {
                List<User> users = Loading.usersWithLikedPosts(db);
                assertEquals(2, count.total(), count::toString);
                assertEquals(List.of("Ada", "Alan", "Grace"), users.stream().map(User::name).toList(), "roots untouched");
                assertEquals(List.of(List.of(), List.of("Computable numbers"), List.of("Compilers")),
                        users.stream().map(u -> u.posts().stream().map(Post::title).toList()).toList());
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<Tag> tags = Loading.tagsWithPostsAndAuthors(db);
                assertEquals(2, count.total(), count::toString);
                Tag history = tags.get(2);
                assertEquals("history", history.name());
                assertEquals(List.of("Ada", "Ada", "Grace"),
                        history.posts().stream().map(p -> p.author().get().name()).sorted().toList());
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<Post> posts = Loading.postsWithAuthorsAndTags(db);
                assertEquals(2, count.total(), count::toString);
                assertEquals("Grace", posts.get(0).author().get().name());
                assertEquals(2, posts.get(0).tags().size());
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<Tag> tags = Loading.tagsWithPostsAuthorsAndTags(db);
                assertEquals(3, count.total(), count::toString);
                Tag computing = tags.get(0);
                assertEquals(List.of("Compilers", "Computable numbers", "The imitation game"),
                        computing.posts().stream().map(Post::title).toList());
                assertEquals("Alan", computing.posts().get(1).author().get().name());
                assertEquals(2, computing.posts().get(0).tags().size());
            }
        });
    }

    @Test
    void pagesCountRoots() {
        onBoth((db, postgres) -> {
            try (StatementCount count = JdbcStatements.count()) {
                List<User> page = Loading.secondPage(db);
                assertEquals(2, count.total(), count::toString);
                assertEquals(List.of("Alan", "Grace"), page.stream().map(User::name).toList());
                assertEquals(List.of(2, 2), page.stream().map(u -> u.posts().size()).toList());
                assertEquals(List.of(2, 2), count.boundValues(), "limit and offset; then the page's two user keys");
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<User> page = Loading.firstPageJoined(db);
                assertEquals(1, count.total(), count::toString);
                assertTrue(count.statements().get(0).contains("FROM (SELECT \"id\", \"name\", \"email\", \"bio\", \"age\","
                        + " \"status\", \"created_at\" FROM \"users\" ORDER BY \"name\" ASC LIMIT ?) AS \"users\" LEFT JOIN"
                        + " \"posts\" ON \"posts\".\"author_id\" = \"users\".\"id\""), count::toString);
                assertEquals(List.of("Ada", "Alan"), page.stream().map(User::name).toList());
                assertEquals(List.of(2, 2), page.stream().map(u -> u.posts().size()).toList());
            }
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> db.select(USER)
                    .join(USER.posts).where(POST.likes.gt(0)).limit(1).load(dev.quarry.query.Load.joined(USER.posts)).fetch());
            assertTrue(refused.getMessage().contains("load USER.posts with selectIn instead"), refused.getMessage());
            IllegalStateException stream = assertThrows(IllegalStateException.class,
                    () -> db.select(USER).load(selectIn(USER.posts)).stream());
            assertTrue(stream.getMessage().startsWith("a query with load options reads all its entities"), stream.getMessage());
            assertThrows(IllegalArgumentException.class, () -> db.select(POST).load(dev.quarry.query.Load.joined(POST.tags)));
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> db.select(USER)
                    .load(selectIn(USER.posts).orderBy(POST.title.asc()), selectIn(USER.posts).orderBy(POST.title.desc())));
            assertTrue(twice.getMessage().startsWith("USER.posts is loaded twice, in different ways"), twice.getMessage());
        });
    }

    @Test
    void unloadedRelationshipsThrowWithTheFix() {
        onBoth((db, postgres) -> {
            long ada = db.select(USER).where(USER.name.eq("Ada")).one().id();
            RelationNotLoadedException e;
            try (StatementCount count = JdbcStatements.count()) {
                e = assertThrows(RelationNotLoadedException.class, () -> Unloaded.countPosts(db, ada));
                assertEquals(1, count.total(), "only the user was read: " + count);
            }
            String shown = textBlockStartingWith("RelationNotLoadedException: ");
            assertEquals(shown, "RelationNotLoadedException: " + e.getMessage());
            User user = db.get(USER, ada).orElseThrow();
            assertFalse(Unloaded.postsLoaded(user));
            assertFalse(Relations.isLoaded(db.get(POST, 1L).orElseThrow().author()));
            assertTrue(Unloaded.postsLoaded(db.select(USER).where(USER.id.eq(ada)).load(selectIn(USER.posts)).one()));
            assertTrue(Relations.isLoaded(List.of()), "a collection built in code counts as loaded");
        });
    }

    @Test
    void refsOfEntitiesBuiltInCode() {
        Ref<User> unloaded = Ref.unloaded();
        assertFalse(unloaded.isLoaded());
        assertThrows(RelationNotLoadedException.class, unloaded::get);
        assertTrue(Ref.empty().isLoaded());
        assertTrue(Ref.empty().find().isEmpty());
        User ada = new User("Ada", "ada@example.com", 36);
        assertSame(ada, Ref.of(ada).get());
        assertEquals(Ref.of(ada), Ref.of(ada));
        assertEquals(Ref.unloaded(), Ref.unloaded());
    }

    @Test
    void joinsAlongRelationships() {
        onBoth((db, postgres) -> {
            assertEquals(List.of("Notes on the Analytical Engine", "Poetical science"),
                    Joining.postsBy(db, "Ada").stream().map(Post::title).toList());
            assertEquals(List.of("Ada", "Grace"), Joining.usersWhoUsedTag(db, "history").stream().map(User::name).toList());
            assertEquals(List.of("Nanoseconds"), Joining.untaggedPosts(db).stream().map(Post::title).toList());
            assertEquals(4, Joining.postsByAuthorsStartingWith(db, "A"));
            assertEquals("SELECT DISTINCT \"users\".\"id\", \"users\".\"name\", \"users\".\"email\", \"users\".\"bio\","
                    + " \"users\".\"age\", \"users\".\"status\", \"users\".\"created_at\" FROM \"users\""
                    + " JOIN \"posts\" ON \"posts\".\"author_id\" = \"users\".\"id\""
                    + " JOIN \"post_tags\" ON \"post_tags\".\"post_id\" = \"posts\".\"id\""
                    + " JOIN \"tags\" ON \"tags\".\"id\" = \"post_tags\".\"tag_id\" WHERE \"tags\".\"name\" = ?",
                    db.select(USER).join(USER.posts).join(POST.tags).where(TAG.name.eq("x")).distinct().toSql());
        });
    }

    @Test
    void persistWritesTheGraph() {
        onBoth((db, postgres) -> {
            User ann;
            try (StatementCount count = JdbcStatements.count()) {
                ann = Writing.newAuthorWithPosts(db);
                assertEquals(List.of(
                        "SELECT \"id\", \"name\" FROM \"tags\" WHERE \"name\" = ?",
                        "INSERT INTO \"users\" (\"name\", \"email\", \"bio\", \"age\", \"status\") VALUES (?, ?, ?, ?, ?)"
                                + " RETURNING \"id\", \"created_at\"",
                        "INSERT INTO \"posts\" (\"title\", \"content\", \"author_id\", \"likes\") VALUES (?, ?, ?, ?),"
                                + " (?, ?, ?, ?) RETURNING \"id\", \"created_at\"",
                        "INSERT INTO \"tags\" (\"name\") VALUES (?) RETURNING \"id\"",
                        "INSERT INTO \"post_tags\" (\"post_id\", \"tag_id\") VALUES (?, ?)",
                        "INSERT INTO \"post_tags\" (\"post_id\", \"tag_id\") VALUES (?, ?)"), count.statements());
            }
            assertNotNull(ann.id());
            Post hello = ann.posts().get(0);
            assertNotNull(hello.id(), "the list holds the persisted records");
            assertEquals(ann.id().longValue(), hello.authorId());
            assertTrue(hello.tags().stream().allMatch(t -> t.id() != null));
            User stored = db.select(USER).where(USER.id.eq(ann.id())).load(selectIn(USER.posts).then(POST.tags)).one();
            assertEquals(List.of("Again", "Hello"), stored.posts().stream().map(Post::title).sorted().toList());
            assertEquals(List.of("history", "intro"), stored.posts().stream().filter(p -> p.title().equals("Hello"))
                    .flatMap(p -> p.tags().stream()).map(Tag::name).sorted().toList());

            try (StatementCount count = JdbcStatements.count()) {
                User after = Writing.dropPost(db, ann.id(), "Hello");
                assertEquals(4, count.total(), count::toString);
                assertEquals("DELETE FROM \"post_tags\" WHERE \"post_id\" IN (?)", count.statements().get(2));
                assertEquals("DELETE FROM \"posts\" WHERE \"id\" IN (?)", count.statements().get(3));
                assertEquals(List.of("Again"), after.posts().stream().map(Post::title).toList());
            }
            assertEquals(1, db.select(POST).where(POST.authorId.eq(ann.id())).count());
            assertEquals(1, db.select(TAG).where(TAG.name.eq("intro")).count(), "the tag stays; only its join row went");

            long ada = db.select(USER).where(USER.name.eq("Ada")).one().id();
            try (StatementCount count = JdbcStatements.count()) {
                Writing.removeUser(db, ada);
                assertEquals(List.of(
                        "SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"status\", \"created_at\" FROM \"users\" WHERE \"id\" = ?",
                        "SELECT \"id\", \"title\", \"content\", \"author_id\", \"likes\", \"created_at\" FROM \"posts\""
                                + " WHERE \"author_id\" IN (?)",
                        "DELETE FROM \"post_tags\" WHERE \"post_id\" IN (?, ?)",
                        "DELETE FROM \"posts\" WHERE \"id\" IN (?, ?)",
                        "DELETE FROM \"users\" WHERE \"id\" IN (?)"), count.statements());
            }
            assertTrue(db.get(USER, ada).isEmpty());
            assertEquals(5, db.select(POST).count());
        });
    }

    @Test
    void linkAndUnlinkWriteOneJoinRow() {
        onBoth((db, postgres) -> {
            Post nanoseconds = db.select(POST).where(POST.title.eq("Nanoseconds")).one();
            Post compilers = db.select(POST).where(POST.title.eq("Compilers")).one();
            Tag history = db.select(TAG).where(TAG.name.eq("history")).one();
            Tag computing = db.select(TAG).where(TAG.name.eq("computing")).one();
            Tag poetry = db.select(TAG).where(TAG.name.eq("poetry")).one();
            db.link(POST.tags, nanoseconds, computing);
            try (StatementCount count = JdbcStatements.count()) {
                Writing.retag(db, compilers, history, poetry);
                assertEquals(List.of(
                        "DELETE FROM \"post_tags\" WHERE \"post_id\" = ? AND \"tag_id\" = ?",
                        "INSERT INTO \"post_tags\" (\"post_id\", \"tag_id\") VALUES (?, ?)"), count.statements());
            }
            assertEquals(List.of("computing", "poetry"), db.select(POST).where(POST.title.eq("Compilers"))
                    .load(selectIn(POST.tags)).one().tags().stream().map(Tag::name).sorted().toList());
            Writing.retag(db, nanoseconds, computing, history);
            assertEquals(List.of("history"), db.select(POST).where(POST.title.eq("Nanoseconds"))
                    .load(selectIn(POST.tags)).one().tags().stream().map(Tag::name).toList());
        });
    }

    @Test
    void oneToOneLoadsBothWays() {
        onBoth((db, postgres) -> {
            db.schema(com.example.relationships.Tables.ALL).createAll();
            Account ada = db.insert(ACCOUNT, new Account("ada"));
            db.insert(ACCOUNT, new Account("alan"));
            db.insert(SETTINGS, new Settings(null, ada.id(), "dark", Ref.unloaded()));
            try (StatementCount count = JdbcStatements.count()) {
                assertEquals(List.of("ada: dark", "alan: (default)"), OneToOneLoading.themes(db));
                assertEquals(1, count.total(), count::toString);
            }
            Settings settings = db.select(SETTINGS).load(dev.quarry.query.Load.joined(SETTINGS.account)).one();
            assertEquals("ada", settings.account().get().login());
        });
    }

    @Test
    void diagramOnThePageIsTheGeneratedOne() throws IOException {
        String generated;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("com/example/blog/entities.mmd")) {
            assertNotNull(in, "the processor writes entities.mmd next to the generated classes");
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher block = Pattern.compile("(?ms)^```mermaid\\n(.*?)^```").matcher(Snippets.read(PAGE));
        assertTrue(block.find(), "the page shows the diagram in a ```mermaid block");
        assertEquals(generated.strip(), block.group(1).strip());
    }

    /** The ```text block of the page whose text starts with {@code start}, its lines joined by spaces. */
    private static String textBlockStartingWith(String start) {
        Matcher block = Pattern.compile("(?ms)^```text\\n(.*?)^```").matcher(Snippets.read(PAGE));
        List<String> found = new ArrayList<>();
        while (block.find()) {
            if (block.group(1).startsWith(start)) {
                found.add(block.group(1).lines().map(String::strip).collect(Collectors.joining(" ")));
            }
        }
        assertEquals(1, found.size(), () -> "one ```text block of relationships.md starting with " + start);
        return found.get(0);
    }
}
