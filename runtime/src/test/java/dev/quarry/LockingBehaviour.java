package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Read-then-write transactions on a real database; one subclass per dialect, each with the
 * dialect's own locking tests (PostgreSQL locks rows; SQLite has no row locks and says so).
 */
abstract class LockingBehaviour extends DatabaseTestBase {
    /**
     * Reads the person inside {@code tx} so that no other transaction can change it before
     * {@code tx} ends: {@code forUpdate()} on PostgreSQL; on SQLite the documented equivalent, a
     * plain read in a database opened with {@code transaction_mode=IMMEDIATE}.
     */
    protected abstract Person readForUpdate(Transaction tx, long id);

    @Test
    void aCounterIncrementedByTwoThreadsLosesNoUpdate() throws Exception {
        long id = db.insert(PERSON, person("Counter", 0)).id();
        int perThread = 25;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        db.transaction(tx -> {
                            Person counter = readForUpdate(tx, id);
                            return tx.update(PERSON).set(PERSON.age, counter.age() + 1).where(PERSON.id.eq(id)).execute();
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
            assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(2 * perThread, db.get(PERSON, id).orElseThrow().age(), "every increment kept");
    }
}
