package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.User;
import com.example.transactions.Blocks;
import com.example.transactions.Connecting;
import com.example.transactions.Futures;
import dev.quarry.Database;
import dev.quarry.DatabaseConfig;
import dev.quarry.PoolStats;
import dev.quarry.exception.QuarryException;
import dev.quarry.exception.TransactionException;
import dev.quarry.exception.UniqueViolationException;
import dev.quarry.transaction.TransactionOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of docs/guide/transactions.md, on SQLite and PostgreSQL. */
class TransactionsGuideTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() throws IOException {
        try (Database db = Blog.sqlite(dir)) {
            blocks(db);
        }
    }

    @Test
    void postgres() throws IOException {
        try (Database db = Blog.postgres()) {
            blocks(db);
        }
    }

    @Test
    void connectingSqlite() {
        String url = "jdbc:sqlite:" + dir.resolve("connect.db");
        assertEquals("sqlite", Connecting.dialectOf(url));
        connecting(url, null);
    }

    @Test
    void connectingPostgres() {
        String url = Blog.postgresUrl();
        assertEquals("postgresql", Connecting.dialectOf(url));
        connecting(url, "postgres");
    }

    private static void connecting(String url, String user) {
        try (Database db = Connecting.configured(url, user, "secret")) {
            DatabaseConfig config = db.config();
            assertEquals(4, config.maximumPoolSize());
            assertEquals(1, config.minimumIdle());
            assertEquals(Duration.ofSeconds(5), config.connectionTimeout());
            assertTrue(config.logSql());
            assertFalse(config.toString().contains("secret"), config::toString);
            assertTrue(config.toString().contains("password=****"), config::toString);
            Blog.seeded(db);
            PoolStats busy = Connecting.statsWhileBusy(db);
            assertEquals(1, busy.active());
            assertEquals(0, db.poolStats().active());          // returned when the block ended
            assertTrue(db.poolStats().total() >= 1 && db.poolStats().total() <= 4);
        }
    }

    @Test
    void defaultsAndValidation() {
        DatabaseConfig defaults = Database.builder("jdbc:sqlite::memory:").build();
        assertEquals(10, defaults.maximumPoolSize());
        assertEquals(10, defaults.minimumIdle());
        assertEquals(Duration.ofSeconds(30), defaults.connectionTimeout());
        assertEquals(Duration.ofMinutes(10), defaults.idleTimeout());
        assertEquals(Duration.ofMinutes(30), defaults.maxLifetime());
        assertFalse(defaults.logSql());
        assertEquals(0, defaults.maxRunsPerStatement());

        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> Database.builder("postgresql://localhost/blog")
                        .maximumPoolSize(0)
                        .connectionTimeout(Duration.ofMillis(100))
                        .build());
        assertEquals("invalid database configuration: url must be a JDBC URL starting with 'jdbc:';"
                + " maximumPoolSize must be at least 1 (was 0); connectionTimeout must be at least 250ms (was PT0.1S)",
                invalid.getMessage());
    }

    private void blocks(Database db) throws IOException {
        // commit
        User grace = Blocks.register(db, new User("Hedy", "hedy@example.com", 40), "Frequency hopping");
        assertEquals(4, db.select(USER).count());
        assertEquals(1, db.select(POST).where(POST.authorId.eq(grace.id())).count());

        // rollback: nothing written
        long users = db.select(USER).count();
        assertThrows(UniqueViolationException.class,
                () -> Blocks.registerTwice(db, new User("Joan", "joan@example.com", 30)));
        assertEquals(users, db.select(USER).count());
        assertTrue(db.select(USER).where(USER.email.eq("joan@example.com")).findOne().isEmpty());
        assertEquals(0, db.poolStats().active());

        // checked exceptions pass through, and roll back
        Path csv = dir.resolve("users-" + db.dialectName() + ".csv");
        assertThrows(NoSuchFileException.class, () -> Blocks.importUsers(db, csv));
        Files.writeString(csv, "Katherine,katherine@example.com,33\nDorothy,dorothy@example.com,45\n");
        assertEquals(2, Blocks.importUsers(db, csv).size());
        assertEquals(users + 2, db.select(USER).count());

        // savepoints: the duplicate alone is rolled back
        int registered = Blocks.registerAll(db, List.of(
                new User("Mary", "mary@example.com", 28),
                new User("Ada again", "ada@example.com", 36),          // taken
                new User("Frances", "frances@example.com", 52)));
        assertEquals(2, registered);
        assertEquals(users + 4, db.select(USER).count());
        assertEquals("Ada", db.select(USER).where(USER.email.eq("ada@example.com")).one().name());

        // rollback-only
        long before = db.select(USER).count();
        long left = Blocks.dryRun(db);
        assertTrue(left < before);
        assertEquals(before, db.select(USER).count());

        // options
        assertEquals(before, Blocks.serializableCount(db));
        assertEquals(before, Blocks.report(db).size());
        assertThrows(QuarryException.class, () -> db.transaction(TransactionOptions.READ_ONLY,
                tx -> tx.delete(USER).all().execute()));
        assertEquals(before, db.select(USER).count());
        Blocks.register(db, new User("Radia", "radia@example.com", 40), "Spanning trees");   // read-write again

        // a Transaction is valid only inside its block; a nested block cannot change the options
        dev.quarry.Transaction escaped = db.transaction(tx -> tx);
        assertThrows(TransactionException.class, () -> escaped.select(USER).count());
        assertThrows(TransactionException.class, () -> db.useTransaction(tx ->
                tx.transaction(TransactionOptions.READ_ONLY, inner -> inner.select(USER).count())));
        assertEquals(0, db.poolStats().active());

        // repositories join the transaction through the Database
        Blocks.UserStore store = new Blocks.UserStore(db);
        assertFalse(store.inTransaction());
        long count = db.select(USER).count();
        assertTrue(Blocks.addBoth(db, store, new User("Lynn", "lynn@example.com", 50),
                new User("Sophie", "sophie@example.com", 60)));
        assertEquals(count + 2, db.select(USER).count());
        assertThrows(UniqueViolationException.class, () -> Blocks.addBoth(db, store,
                new User("Barbara", "barbara@example.com", 50), new User("Lynn", "lynn@example.com", 50)));
        assertEquals(count + 2, db.select(USER).count());            // Barbara rolled back with the failure
        assertTrue(db.select(USER).where(USER.email.eq("barbara@example.com")).findOne().isEmpty());

        // futures
        List<String> adults = Futures.adultNames(db).join();
        assertTrue(adults.containsAll(List.of("Ada", "Alan", "Grace")));
        User margaret = Futures.register(db, new User("Margaret", "margaret@example.com", 33)).join();
        assertEquals(1, db.select(POST).where(POST.authorId.eq(margaret.id())).count());
        long all = db.select(USER).count();
        CompletionException failed = assertThrows(CompletionException.class,
                () -> Futures.register(db, new User("Margaret", "margaret@example.com", 33)).join());
        assertInstanceOf(UniqueViolationException.class, failed.getCause());
        assertEquals(all, db.select(USER).count());
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            assertEquals(db.select(POST).count(), Futures.countOn(db, executor).join());
        } finally {
            executor.shutdown();
        }
        assertEquals(0, db.poolStats().active());
        assertSame(db, db.async().database());
    }
}
