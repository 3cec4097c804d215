package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.QuarryException;
import dev.quarry.fixture.Person;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The futures facade ({@link Database#async()}) against a real database; one subclass per dialect. */
abstract class AsyncBehaviour extends DatabaseTestBase {
    @Test
    void completesWithTheResultOfWorkRunOnTheDatabasesOwnThreads() {
        AsyncDatabase async = db.async();
        assertSame(db, async.database());
        List<String> threads = new ArrayList<>();
        long id = async.transaction(tx -> {
            threads.add(Thread.currentThread().getName());
            return tx.insert(PERSON, person("Ada", 36)).id();
        }).join();
        Person read = async.run(data -> data.get(PERSON, id).orElseThrow()).join();
        assertEquals("Ada", read.name());
        assertTrue(threads.get(0).matches("quarry-\\d+-async-\\d+"), "a thread of the database's own: " + threads.get(0));
    }

    @Test
    void aTransactionRunsWhollyOnOneThreadAndConnection() {
        long count = db.async().transaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            db.insert(PERSON, person("Alan", 41)); // through the database: joins the thread's transaction
            assertEquals(1, db.poolStats().active(), "one connection for the whole transaction");
            return tx.select(PERSON).count();
        }).join();
        assertEquals(2, count);
        assertEquals(2, db.select(PERSON).count());
    }

    @Test
    void aFailureCompletesTheFutureWithTheExceptionAndRollsBack() {
        IOException failure = new IOException("disk");
        CompletableFuture<Void> future = db.async().<Void, IOException>transaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            throw failure;
        });
        CompletionException thrown = assertThrows(CompletionException.class, future::join);
        assertSame(failure, thrown.getCause(), "the checked exception itself, not a wrapper of it");
        assertTrue(future.isCompletedExceptionally());
        assertEquals(0, db.select(PERSON).count(), "rolled back");

        CompletionException runtime = assertThrows(CompletionException.class,
                () -> db.async().run(data -> data.get(PERSON, null)).join());
        assertTrue(runtime.getCause() instanceof NullPointerException, String.valueOf(runtime.getCause()));
    }

    @Test
    void manyTasksShareThePoolsConnections() {
        db.insert(PERSON, person("Ada", 36));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Long>> counts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            counts.add(db.async().run(data -> {
                threads.add(Thread.currentThread().getName());
                return data.select(PERSON).count();
            }));
        }
        CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)).join();
        for (CompletableFuture<Long> count : counts) {
            assertEquals(1L, count.join());
        }
        assertTrue(threads.size() <= 4, "at most one thread per pooled connection: " + threads);
    }

    @Test
    void aCallersExecutorRunsTheWorkAndIsLeftRunning() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> new Thread(task, "caller-executor"));
        try {
            String thread = db.async(executor).run(data -> {
                data.insert(PERSON, person("Grace", 85));
                return Thread.currentThread().getName();
            }).join();
            assertEquals("caller-executor", thread);
            assertEquals(1, db.select(PERSON).count());
            assertFalse(executor.isShutdown());
        } finally {
            executor.shutdown();
        }
        CompletionException rejected = assertThrows(CompletionException.class,
                () -> db.async(executor).run(data -> 1).join());
        assertTrue(rejected.getCause() instanceof java.util.concurrent.RejectedExecutionException,
                String.valueOf(rejected.getCause()));
    }

    @Test
    void closingTheDatabaseStopsItsThreads() {
        Database other = open(url());
        AsyncDatabase async = other.async();
        assertEquals(1, async.run(data -> data.text("SELECT 1").as(Integer.class).one()).join());
        other.close();
        CompletionException closed = assertThrows(CompletionException.class,
                () -> async.run(data -> data.text("SELECT 1").as(Integer.class).one()).join());
        assertTrue(closed.getCause() instanceof QuarryException, String.valueOf(closed.getCause()));
        assertTrue(closed.getCause().getMessage().startsWith("the database is closed"), closed.getCause().getMessage());
        CompletionException later = assertThrows(CompletionException.class,
                () -> other.async().run(data -> 1).join());
        assertTrue(later.getCause() instanceof QuarryException, String.valueOf(later.getCause()));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> db.async(null));
        assertThrows(NullPointerException.class, () -> db.async().run(null));
        assertThrows(NullPointerException.class, () -> db.async().transaction(null));
        assertThrows(NullPointerException.class, () -> db.async().transaction(null, tx -> 1));
    }
}
