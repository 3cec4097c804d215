package dev.quarry.docs;

import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Post;
import com.example.blog.Tag;
import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.repositories.Bookmark;
import com.example.repositories.Crud;
import com.example.repositories.Finding;
import com.example.repositories.HandWritten;
import com.example.repositories.Injection;
import com.example.repositories.LoadingWith;
import com.example.repositories.PostStats;
import com.example.repositories.PostStats_Impl;
import com.example.repositories.UserQueries;
import com.example.repositories.UserQueries_Impl;
import com.example.repositories.UserRepository;
import com.example.repositories.UserRepository_Impl;
import com.google.inject.Injector;
import dev.quarry.Database;
import dev.quarry.exception.NoResultException;
import dev.quarry.repository.Page;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the samples of {@code docs/guide/repositories.md} on SQLite and PostgreSQL. */
class RepositoriesGuideTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void countStatements() {
        CountingDriver.install();
    }

    private void onBoth(BiConsumer<Database, Boolean> check) {
        try (Database db = withBookmarks(Blog.sqlite(dir))) {
            check.accept(db, false);
        }
        try (Database db = withBookmarks(Blog.postgres())) {
            check.accept(db, true);
        }
    }

    private static Database withBookmarks(Database db) {
        db.schema(com.example.repositories.Tables.ALL).createAll();
        return db;
    }

    @Test
    void saveInsertsThenUpdates() {
        onBoth((db, postgres) -> {
            try (StatementCount count = JdbcStatements.count()) {
                User ann = Crud.saveAndUpdate(db);
                assertEquals("Analyst", ann.bio());
                assertNotNull(ann.createdAt());
                assertTrue(count.statements().get(0).startsWith("INSERT INTO \"users\""), count::toString);
                assertTrue(count.statements().get(0).endsWith("RETURNING \"id\", \"created_at\""), count::toString);
                assertTrue(count.statements().get(1).startsWith("UPDATE \"users\" SET"), count::toString);
                assertEquals(3, count.total(), count::toString);
            }
            assertEquals(List.of("count 4", "deleted true", "gone 1", "exists false"), Crud.inherited(db));
            UserRepository users = new UserRepository_Impl(db);
            User ghost = users.findById(1L).orElseThrow();
            users.deleteById(1L);
            assertThrows(NoResultException.class, () -> users.save(ghost), "a set generated key with no row");
        });
    }

    @Test
    void upserts() {
        onBoth((db, postgres) -> {
            try (StatementCount count = JdbcStatements.count()) {
                Bookmark stored = Crud.bookmarkTwice(db, 1, 2);
                assertEquals(new Bookmark(1, 2, 2, null), stored);
                assertEquals(2, count.total(), count::toString);
                assertEquals("INSERT INTO \"bookmarks\" (\"user_id\", \"post_id\", \"position\", \"read_on\") VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (\"user_id\", \"post_id\") DO UPDATE SET \"position\" = EXCLUDED.\"position\","
                        + " \"read_on\" = EXCLUDED.\"read_on\" RETURNING \"user_id\", \"post_id\", \"position\", \"read_on\"",
                        count.statements().get(1));
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<User> both = Crud.upsertByEmail(db);
                assertEquals(both.get(0).id(), both.get(1).id());
                assertEquals("Ann Lee", both.get(1).name());
                assertEquals(26, both.get(1).age());
                assertEquals(2, count.total(), count::toString);
                assertEquals("INSERT INTO \"users\" (\"name\", \"email\", \"bio\", \"age\", \"status\") VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (\"email\") DO UPDATE SET \"name\" = EXCLUDED.\"name\", \"bio\" = EXCLUDED.\"bio\","
                        + " \"age\" = EXCLUDED.\"age\", \"status\" = EXCLUDED.\"status\" RETURNING \"id\", \"name\", \"email\","
                        + " \"bio\", \"age\", \"status\", \"created_at\"", count.statements().get(1));
            }
            assertEquals(4, db.select(USER).count());
        });
    }

    @Test
    void derivedFinders() {
        onBoth((db, postgres) -> {
            assertEquals(List.of("Ada", "[Grace]", "[Ada, Alan]", "[Grace, Alan]", "[Alan, Grace]", "[]"),
                    Finding.finders(db));
            UserRepository users = new UserRepository_Impl(db);
            assertEquals(postgres ? List.of() : List.of("Ada"), users.findByNameContainingOrderByNameAsc("DA").stream()
                    .map(User::name).toList(), "LIKE ignores ASCII case on SQLite only");
            assertEquals("[Ada, Alan] of 3 in 2 pages, [Grace] hasNext=false; slice [Ada, Alan] hasNext=true",
                    Finding.pages(db));
            assertEquals("3 active, grace known: true, deleted 1, left 2", Finding.countsAndDeletes(db));
        });
    }

    @Test
    void projections() {
        onBoth((db, postgres) -> {
            try (StatementCount count = JdbcStatements.count()) {
                assertEquals(List.of("[NameAge[name=Alan, age=41], NameAge[name=Grace, age=85]]", "ada@example.com",
                        "[NameAge[name=Ada, age=36], NameAge[name=Alan, age=41]] of 3", "[Status[status=ACTIVE]]"),
                        Finding.projections(db));
                assertEquals("SELECT \"name\", \"age\" FROM \"users\" WHERE \"age\" > ? ORDER BY \"age\" ASC",
                        count.statements().get(0));
                assertEquals("SELECT \"email\" FROM \"users\" WHERE \"name\" = ?", count.statements().get(1));
            }
        });
    }

    @Test
    void loadOptions() {
        onBoth((db, postgres) -> {
            try (StatementCount count = JdbcStatements.count()) {
                List<Post> posts = LoadingWith.withAuthorsAndTags(db);
                assertEquals(2, count.total(), count::toString);
                assertEquals(List.of("Compilers", "Computable numbers"), posts.stream().map(Post::title).toList());
                assertEquals(2, posts.get(0).author().get().posts().size());
            }
            try (StatementCount count = JdbcStatements.count()) {
                Page<Post> page = LoadingWith.pageWithTags(db);
                assertEquals(4, count.total(), count::toString);
                assertTrue(count.statements().get(0).startsWith("SELECT COUNT(*)"), count::toString);
                assertEquals(6, page.totalElements());
                assertEquals(List.of("Nanoseconds", "Notes on the Analytical Engine"),
                        page.content().stream().map(Post::title).toList());
                Tag history = page.content().get(1).tags().stream().filter(t -> t.name().equals("history")).findFirst()
                        .orElseThrow();
                assertEquals(3, history.posts().size());
            }
            try (StatementCount count = JdbcStatements.count()) {
                Post compilers = LoadingWith.oneWithTwoOptions(db).orElseThrow();
                assertEquals(2, count.total(), count::toString);
                assertEquals("Grace", compilers.author().get().name());
                assertEquals(2, compilers.tags().size());
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<User> users = LoadingWith.inherited(db);
                assertEquals(5, count.total(), count::toString);
                assertEquals(2, users.get(0).posts().size());
                assertEquals(2, users.get(0).posts().get(0).tags().size());
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<Post> posts = LoadingWith.annotated(db, 2);
                assertEquals(2, count.total(), count::toString);
                assertEquals("Alan", posts.get(0).author().get().name());
                assertEquals(2, posts.get(0).tags().size());
            }
            try (StatementCount count = JdbcStatements.count()) {
                List<Post> posts = LoadingWith.annotatedAndMore(db);
                assertEquals(2, count.total(), count::toString);
                assertEquals(List.of("Compilers", "Nanoseconds"), posts.stream().map(Post::title).toList());
                assertEquals("Grace", posts.get(1).author().get().name());
                assertEquals(0, posts.get(1).tags().size());
            }
        });
    }

    @Test
    void handWrittenQueries() {
        onBoth((db, postgres) -> {
            assertEquals(List.of("[User{id=2, name=Alan}, User{id=3, name=Grace}]", "Grace", "3", "[Alan, Grace]", "1",
                    "Codebreaker"), HandWritten.queries(db));
            assertEquals("none", new UserQueries_Impl(db).bioOf("ada@example.com").orElse("none"));
            PostStats stats = new PostStats_Impl(db);
            assertEquals(List.of(new PostStats.TitleLikes("Compilers", 4), new PostStats.TitleLikes("Computable numbers", 3)),
                    stats.likedMoreThan(0));
            try (Stream<PostStats.AuthorPosts> perAuthor = stats.postsPerAuthor()) {
                assertEquals(List.of(new PostStats.AuthorPosts(1, "Ada", 2), new PostStats.AuthorPosts(2, "Alan", 2),
                        new PostStats.AuthorPosts(3, "Grace", 2)), perAuthor.toList());
            }
            try (StatementCount count = JdbcStatements.count()) {
                assertEquals(List.of("[User{id=1, name=Ada}, User{id=3, name=Grace}]", "[]", "[Alan, Grace]", "2"),
                        HandWritten.collections(db));
                assertEquals("SELECT users.id, users.name, users.email, users.bio, users.age, users.status,"
                        + " users.created_at FROM users WHERE id IN (?, ?) ORDER BY name", count.statements().get(0));
            }
            UserQueries queries = new UserQueries_Impl(db);
            IllegalArgumentException nulls = assertThrows(IllegalArgumentException.class,
                    () -> queries.byIds(java.util.Arrays.asList(1L, null)));
            assertTrue(nulls.getMessage().contains("ids"), nulls.getMessage());
        });
    }

    /** The generated code the page quotes in its prose, whitespace aside. */
    @Test
    void generatedCodeThePageQuotes() throws java.io.IOException {
        String page = Snippets.read(Pages.root().resolve("docs/guide/repositories.md"));
        Path generated = Pages.root().resolve("docs/target/generated-test-sources/test-annotations/com/example/repositories");
        for (String[] quote : new String[][] {
                {"UserRepository_Impl.java", "select().where(USER.age.between(low, high).and(USER.status.eq(status))).orderBy(USER.age.asc()).fetch()"},
                {"PostRepository_Impl.java", "select().where(POST.authorId.eq(authorId)).orderBy(POST.title.asc()).load(Load.joined(POST.author)).load(Load.selectIn(POST.tags)).fetch()"},
                {"UserRepository_Impl.java", "return upsertOn(List.of(USER.email), user);"}}) {
            assertTrue(page.contains("`" + quote[1] + "`"), () -> "the page quotes " + quote[1]);
            String source = java.nio.file.Files.readString(generated.resolve(quote[0])).replaceAll("\\s+", "");
            assertTrue(source.contains(quote[1].replaceAll("\\s+", "")), () -> quote[0] + " has no " + quote[1]);
        }
    }

    @Test
    void injection() {
        onBoth((db, postgres) -> {
            Injector injector = Injection.injector(db);
            assertTrue(UserRepository_Impl.class.isAnnotationPresent(jakarta.inject.Singleton.class));
            assertSame(injector.getInstance(UserRepository.class), injector.getInstance(UserRepository.class));
            Injection.Accounts accounts = injector.getInstance(Injection.Accounts.class);
            assertEquals(java.util.Optional.of("Pioneer"), accounts.rename("ada@example.com", "Pioneer"));
            assertEquals("Pioneer", db.select(USER).where(USER.name.eq("Ada")).one().bio());
            assertEquals(UserStatus.ACTIVE, db.select(USER).where(USER.name.eq("Ada")).one().status());
        });
    }
}
