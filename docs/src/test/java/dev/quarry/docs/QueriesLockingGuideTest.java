package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Post;
import com.example.blog.User;
import com.example.queries.Locking;
import dev.quarry.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of docs/guide/queries.md on locking rows: PostgreSQL's row locks, and SQLite's equivalent. */
class QueriesLockingGuideTest {
    private static final Path PAGE = Pages.root().resolve("docs/guide/queries.md");

    @TempDir
    Path dir;

    @Test
    void forUpdateSkipLockedNoWaitAndOfOnPostgresql() throws Exception {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Database db = Blog.postgres()) {
            User ada = db.select(USER).where(USER.name.eq("Ada")).one();
            assertEquals(37, Locking.birthday(db, ada.id()));
            assertEquals(37, db.get(USER, ada.id()).orElseThrow().age());
            assertShown(db.select(USER).where(USER.id.eq(ada.id())).forUpdate().toSql());

            Post first = db.select(POST).orderBy(POST.id.asc()).limit(1).one();
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> holder = threads.submit(() -> db.transaction(tx -> {
                tx.select(USER).where(USER.id.eq(ada.id())).forUpdate().one();          // another worker holds Ada
                int posts = Locking.lockPostsOf(tx, "Ada").size();                     // and her posts
                locked.countDown();
                assertTrue(release.await(30, TimeUnit.SECONDS));
                return posts;
            }));
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            try {
                assertEquals(Optional.of("Alan"), Locking.welcomeNext(db), "Ada is skipped");
                assertEquals(Optional.of("Grace"), Locking.welcomeNext(db));
                assertFalse(Locking.likeUnlessBusy(db, first.id()), "Ada's post is held: no waiting");
                Post alans = db.select(POST).where(POST.title.eq("Computable numbers")).one();
                assertTrue(Locking.likeUnlessBusy(db, alans.id()));
                assertEquals(4, db.get(POST, alans.id()).orElseThrow().likes());
            } finally {
                release.countDown();
            }
            assertEquals(2, holder.get(30, TimeUnit.SECONDS));
            assertEquals(Optional.of("Ada"), Locking.welcomeNext(db), "free again");
            assertEquals(Optional.empty(), Locking.welcomeNext(db));
            assertTrue(Locking.likeUnlessBusy(db, first.id()));

            assertShown(db.select(USER).where(USER.bio.isNull()).orderBy(USER.id.asc()).limit(1)
                    .forUpdate().skipLocked().toSql());
            assertShown(db.select(POST).join(POST.author).where(USER.name.eq("Ada")).forUpdate().of(POST).toSql());
            IllegalStateException outside = assertThrows(IllegalStateException.class,
                    () -> db.select(USER).forUpdate().fetch());
            assertTrue(outside.getMessage().contains("run it inside db.transaction(tx -> ...)"), outside.getMessage());
            IllegalStateException nullable = assertThrows(IllegalStateException.class,
                    () -> db.select(POST).leftJoin(POST.author).forUpdate().toSql());
            assertTrue(nullable.getMessage().contains("of(...)"), nullable.getMessage());
            assertEquals(2, db.transaction(tx -> db.select(POST).leftJoin(POST.author).where(USER.name.eq("Ada"))
                    .forUpdate().of(POST).fetch()).size(), "the fix the message gives");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void onSqliteALockingQueryFailsAndAnImmediateDatabaseSerialisesTransactions() throws Exception {
        try (Database plain = Blog.sqlite(dir)) {
            User ada = plain.select(USER).where(USER.name.eq("Ada")).one();
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> Locking.birthday(plain, ada.id()));
            assertTrue(e.getMessage().startsWith("SQLite has no row locks"), e.getMessage());
            assertTrue(e.getMessage().contains("transaction_mode=IMMEDIATE"), e.getMessage());
            assertEquals(36, plain.get(USER, ada.id()).orElseThrow().age());
        }
        String file = dir.resolve("immediate.db").toString();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Database db = Blog.seeded(Locking.openSqlite(file))) {
            long ada = db.select(USER).where(USER.name.eq("Ada")).one().id();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        Locking.birthdayOnSqlite(db, ada);
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
            assertEquals(36 + 40, db.get(USER, ada).orElseThrow().age(), "no birthday lost");
        } finally {
            threads.shutdownNow();
        }
    }

    /** Checks that the page shows {@code sql} in a {@code sql} block (its lines joined by spaces). */
    private static void assertShown(String sql) {
        Matcher block = Pattern.compile("(?ms)^```sql\\n(.*?)^```").matcher(Snippets.read(PAGE));
        List<String> shown = new ArrayList<>();
        while (block.find()) {
            shown.add(block.group(1).strip().replace('\n', ' '));
        }
        assertTrue(shown.contains(sql), "the page does not show " + sql);
    }
}
