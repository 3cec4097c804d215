package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import dev.quarry.query.LockedQuery;
import dev.quarry.testing.TestDatabases;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite has no row locks: a locking query fails before anything runs, with the advice the guide
 * gives, and the advice (a database opened with {@code transaction_mode=IMMEDIATE}) serialises
 * read-then-write transactions.
 */
class SqliteLockingTest extends LockingBehaviour {
    @TempDir
    static Path directory;

    @Override
    protected String url() {
        return TestDatabases.sqliteFile(directory) + "?transaction_mode=IMMEDIATE";
    }

    @Override
    protected Database open(String url) {
        CountingDriver.install();
        return super.open(url);
    }

    @Override
    protected Person readForUpdate(Transaction tx, long id) {
        return tx.select(PERSON).where(PERSON.id.eq(id)).one();
    }

    @Test
    void everyLockingQueryFailsBeforeAnythingRunsSayingWhatToDoInstead() {
        long id = db.insert(PERSON, person("Ada", 36)).id();
        List<Supplier<LockedQuery<Person>>> queries = List.of(
                () -> db.select(PERSON).forUpdate(),
                () -> db.select(PERSON).forShare(),
                () -> db.select(PERSON).where(PERSON.id.eq(id)).forUpdate().noWait(),
                () -> db.select(PERSON).forUpdate().skipLocked(),
                () -> db.select(PERSON).join(PERSON.as("p2")).on(PERSON.id.eq(PERSON.as("p2").id)).forUpdate().of(PERSON));
        for (Supplier<LockedQuery<Person>> query : queries) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> query.get().toSql());
            assertTrue(e.getMessage().startsWith("SQLite has no row locks, so a query cannot run FOR "), e.getMessage());
            assertTrue(e.getMessage().contains("transaction_mode=IMMEDIATE"), e.getMessage());
            try (StatementCount count = JdbcStatements.count()) {
                db.transaction(tx -> {
                    assertThrows(UnsupportedOperationException.class, () -> query.get().fetch());
                    assertThrows(UnsupportedOperationException.class, () -> query.get().findOne());
                    assertThrows(UnsupportedOperationException.class, () -> query.get().stream());
                    return null;
                });
                assertThrows(UnsupportedOperationException.class, () -> query.get().one());
                assertEquals(0, count.statements().stream().filter(sql -> sql.contains("SELECT")).count(),
                        "nothing was sent: " + count);
            }
        }
    }

    @Test
    void aTransactionOfAnImmediateDatabaseHoldsTheWriteLockFromItsBegin() throws Exception {
        long id = db.insert(PERSON, person("Ada", 36)).id();
        java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        long[] committedAt = new long[1];
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<?> first = threads.submit(() -> {
            db.transaction(tx -> {
                tx.select(PERSON).where(PERSON.id.eq(id)).one();   // a read only, yet the write lock is held
                begun.countDown();
                assertTrue(release.await(30, java.util.concurrent.TimeUnit.SECONDS));
                return tx.update(PERSON).set(PERSON.age, 37).where(PERSON.id.eq(id)).execute();
            });
            committedAt[0] = System.nanoTime();
            return null;
        });
        assertTrue(begun.await(30, java.util.concurrent.TimeUnit.SECONDS));
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(300);   // the second transaction is waiting to begin meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        int seen = db.transaction(tx -> readForUpdate(tx, id).age());
        long secondRead = System.nanoTime();
        first.get(30, java.util.concurrent.TimeUnit.SECONDS);
        releaser.join(30_000);
        threads.shutdown();
        assertEquals(37, seen, "the second transaction began after the first committed");
        assertTrue(secondRead > committedAt[0] - java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50));
    }
}
