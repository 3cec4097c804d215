package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.fixture.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The N+1 detector against a real database; one subclass per dialect. The database under test
 * allows 3 runs of one statement per transaction.
 */
abstract class RepeatedStatementBehaviour extends DatabaseTestBase {
    private static final int LIMIT = 3;

    @Override
    protected Database open(String url) {
        return Database.builder(url).maximumPoolSize(4).minimumIdle(0).maxRunsPerStatement(LIMIT).connect();
    }

    private List<Long> people(int count) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(person("P" + i, 20 + i));
        }
        return db.insertAll(PERSON, people).stream().map(Person::id).toList();
    }

    @Test
    void aLoopOfSelectsInATransactionFailsOnTheRunOverTheLimit() {
        List<Long> ids = people(5);
        AtomicInteger read = new AtomicInteger();
        RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> {
            for (long id : ids) {
                tx.get(PERSON, id).orElseThrow();
                read.incrementAndGet();
            }
        }));
        assertEquals(LIMIT, read.get(), "the runs up to the limit went through, the next one failed");
        assertEquals(LIMIT + 1, thrown.runs());
        assertEquals(LIMIT, thrown.limit());
        assertTrue(thrown.sql().startsWith("SELECT ") && thrown.sql().contains("\"people\""), thrown.sql());
        assertEquals("a statement was about to run for the 4th time in one transaction, more than the 3 runs of one "
                + "statement that maxRunsPerStatement(3) in the DatabaseConfig allows, and was not sent [SQL: "
                + thrown.sql() + "]. One statement per row of an earlier result is an N+1 pattern: load the "
                + "relationship with the query that read those rows, with a load option such as "
                + ".load(selectIn(USER.posts)), or fetch all the rows in one query (for example with IN); if the runs "
                + "are intended, raise maxRunsPerStatement or open a db.watchStatements(limit) with a higher limit "
                + "around that code", thrown.getMessage());
    }

    /** Each fix the message advises, applied to the loop it refused (the load option: {@code LoadBehaviour}). */
    @Test
    void repeatedStatementAdviceWorks() {
        List<Long> ids = people(5);
        assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> ids.forEach(id -> tx.get(PERSON, id))));
        // fetch all the rows in one query, with IN
        assertEquals(5, db.transaction(tx -> tx.select(PERSON).where(PERSON.id.in(ids)).fetch()).size());
        // raise maxRunsPerStatement
        try (Database raised = Database.builder(url()).maximumPoolSize(2).minimumIdle(0)
                .maxRunsPerStatement(ids.size()).connect()) {
            raised.useTransaction(tx -> ids.forEach(id -> tx.get(PERSON, id).orElseThrow()));
        }
        // open a db.watchStatements(limit) with a higher limit around that code
        db.useTransaction(tx -> {
            try (StatementWatch watch = db.watchStatements(ids.size())) {
                ids.forEach(id -> tx.get(PERSON, id).orElseThrow());
            }
        });
        // in a watch: raise the watch's limit
        try (StatementWatch watch = db.watchStatements(2)) {
            RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class,
                    () -> ids.forEach(id -> db.get(PERSON, id)));
            assertTrue(thrown.getMessage().endsWith("if the runs are intended, raise the watch's limit"),
                    thrown.getMessage());
        }
        try (StatementWatch watch = db.watchStatements(ids.size())) {
            ids.forEach(id -> db.get(PERSON, id).orElseThrow());
        }
    }

    @Test
    void runsUpToTheLimitPass() {
        List<Long> ids = people(LIMIT);
        int read = db.transaction(tx -> {
            int count = 0;
            for (long id : ids) {
                tx.get(PERSON, id).orElseThrow();
                count++;
            }
            return count;
        });
        assertEquals(LIMIT, read);
        db.useTransaction(tx -> {
            for (int i = 0; i < LIMIT; i++) {
                db.get(PERSON, ids.get(0)).orElseThrow();
            }
        });
    }

    @Test
    void eachTransactionIsItsOwnUnit() {
        long id = people(1).get(0);
        for (int transaction = 0; transaction < 3; transaction++) {
            db.useTransaction(tx -> {
                for (int i = 0; i < LIMIT; i++) {
                    tx.get(PERSON, id).orElseThrow();
                }
            });
        }
    }

    @Test
    void theRefusedStatementIsNotSent() {
        int inserted = db.transaction(tx -> {
            int count = 0;
            try {
                for (int i = 0; i < LIMIT + 2; i++) {
                    tx.insert(PERSON, person("P" + i, 30));
                    count++;
                }
            } catch (RepeatedStatementException e) {
                assertEquals(LIMIT + 1, e.runs());
                assertTrue(e.sql().startsWith("INSERT INTO \"people\""), e.sql());
            }
            return count;
        });
        assertEquals(LIMIT, inserted);
        assertEquals(LIMIT, db.select(PERSON).count(), "the transaction committed exactly the inserts that were sent");
    }

    @Test
    void theTransactionRollsBackWhenTheExceptionEscapes() {
        assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> {
            for (int i = 0; i < LIMIT + 1; i++) {
                tx.insert(PERSON, person("P" + i, 30));
            }
        }));
        assertFalse(db.inTransaction());
        assertEquals(0, db.select(PERSON).count(), "the inserts before the refused one were rolled back");
    }

    @Test
    void nestedTransactionsBelongToTheOuterUnit() {
        long id = people(1).get(0);
        RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> {
            tx.get(PERSON, id).orElseThrow();
            tx.useTransaction(inner -> inner.get(PERSON, id).orElseThrow());
            tx.useTransaction(inner -> {
                inner.get(PERSON, id).orElseThrow();
                inner.get(PERSON, id).orElseThrow();
            });
        }));
        assertEquals(LIMIT + 1, thrown.runs());
    }

    @Test
    void inListsOfDifferentLengthsAreOneShape() {
        List<Long> ids = people(5);
        RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> {
            for (int length = 1; length <= ids.size(); length++) {
                assertEquals(length, tx.select(PERSON).where(PERSON.id.in(ids.subList(0, length))).fetch().size());
            }
        }));
        assertEquals(LIMIT + 1, thrown.runs());
        assertTrue(thrown.sql().contains(" IN (?, ?, ?, ?)"), thrown.sql());
    }

    @Test
    void statementsOutsideTransactionsAndWatchesAreNotCounted() {
        long id = people(1).get(0);
        for (int i = 0; i < 20; i++) {
            db.get(PERSON, id).orElseThrow();
        }
    }

    @Test
    void aWatchCountsStatementsOutsideTransactions() {
        List<Long> ids = people(4);
        try (StatementWatch watch = db.watchStatements(2)) {
            assertEquals(2, watch.limit());
            db.select(PERSON).fetch();
            db.get(PERSON, ids.get(0)).orElseThrow();
            db.get(PERSON, ids.get(1)).orElseThrow();
            RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class,
                    () -> db.get(PERSON, ids.get(2)));
            assertTrue(thrown.getMessage().startsWith("a statement was about to run for the 3rd time in one statement "
                    + "watch, more than the 2 runs of one statement that watchStatements(2) allows, and was not sent "
                    + "[SQL: " + thrown.sql() + "]."), thrown.getMessage());
            assertTrue(thrown.getMessage().endsWith("if the runs are intended, raise the watch's limit"),
                    thrown.getMessage());
            assertEquals(3, watch.total(), "the refused statement is not counted");
            Map<String, Integer> counts = watch.counts();
            assertEquals(2, counts.size(), counts.toString());
            assertEquals(2, counts.get(thrown.sql()));
            assertEquals(List.of(1, 2), List.copyOf(counts.values()), "in the order the shapes first ran");
        }
        for (int i = 0; i < 10; i++) {
            db.get(PERSON, ids.get(0)).orElseThrow();
        }
    }

    @Test
    void aWatchCountsShapesAndRefusesInsertsBeforeSendingThem() {
        try (StatementWatch watch = db.watchStatements(2)) {
            db.insert(PERSON, person("A", 1));
            db.insert(PERSON, person("B", 2));
            assertThrows(RepeatedStatementException.class, () -> db.insert(PERSON, person("C", 3)));
            assertEquals(Map.of(watch.counts().keySet().iterator().next(), 2), watch.counts());
        }
        assertEquals(2, db.select(PERSON).count(), "the third insert was not sent");
    }

    @Test
    void aWatchCountsTransactionsInsideItAndItsLimitApplies() {
        List<Long> ids = people(6);
        try (StatementWatch watch = db.watchStatements(5)) {
            db.useTransaction(tx -> {
                for (int i = 0; i < 5; i++) {
                    tx.get(PERSON, ids.get(i)).orElseThrow();
                }
            });
            assertEquals(5, watch.total(), "the transaction's statements counted into the watch");
            RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class,
                    () -> db.useTransaction(tx -> tx.get(PERSON, ids.get(5))));
            assertEquals(6, thrown.runs(), "the watch spans both transactions");
            assertEquals(5, thrown.limit());
            assertTrue(thrown.getMessage().contains("in one statement watch"), thrown.getMessage());
        }
        try (StatementWatch strict = db.watchStatements(1)) {
            RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> {
                tx.get(PERSON, ids.get(0)).orElseThrow();
                tx.get(PERSON, ids.get(1)).orElseThrow();
            }));
            assertEquals(1, thrown.limit(), "a watch's limit applies in place of the transaction's");
            assertEquals(1, strict.total());
        }
    }

    @Test
    void aWatchInsideATransactionAppliesUntilItCloses() {
        List<Long> ids = people(6);
        RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> {
            try (StatementWatch batch = db.watchStatements(10)) {
                for (long id : ids) {
                    tx.get(PERSON, id).orElseThrow();
                }
                assertEquals(6, batch.total());
            }
            tx.get(PERSON, ids.get(0));
        }));
        assertEquals(7, thrown.runs(), "the transaction counted the watch's statements too");
        assertEquals(LIMIT, thrown.limit());
    }

    @Test
    void watchesNestAndTheInnermostLimitApplies() {
        List<Long> ids = people(6);
        try (StatementWatch outer = db.watchStatements(2)) {
            try (StatementWatch inner = db.watchStatements(5)) {
                for (int i = 0; i < 5; i++) {
                    db.get(PERSON, ids.get(i)).orElseThrow();
                }
                assertEquals(5, inner.total());
                assertEquals(5, outer.total(), "every open watch counts every statement");
            }
            RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class,
                    () -> db.get(PERSON, ids.get(5)));
            assertEquals(6, thrown.runs());
            assertEquals(2, thrown.limit(), "the outer limit applies again once the inner watch is closed");

            try (StatementWatch strict = db.watchStatements(1)) {
                db.select(PERSON).where(PERSON.age.gt(0)).fetch();
                RepeatedStatementException inner = assertThrows(RepeatedStatementException.class,
                        () -> db.select(PERSON).where(PERSON.age.gt(1)).fetch());
                assertEquals(1, inner.limit());
                assertEquals(1, strict.total());
            }
        }
    }

    @Test
    void streamsAreCountedWhenOpened() {
        people(2);
        try (StatementWatch watch = db.watchStatements(2)) {
            for (int i = 0; i < 2; i++) {
                try (Stream<Person> rows = db.select(PERSON).stream()) {
                    assertEquals(2, rows.count());
                }
            }
            assertThrows(RepeatedStatementException.class, () -> db.select(PERSON).stream());
            assertEquals(2, watch.total());
        }
    }

    @Test
    void theChunksOfOneInsertAllCountOnce() {
        // far more rows than fit in one statement's parameters: the insert is sent in several chunks
        int rows = "postgresql".equals(db.dialectName()) ? 70_000 : 35_000;
        List<Person> people = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            people.add(person("P" + i, i % 90));
        }
        try (StatementWatch watch = db.watchStatements(1)) {
            db.useTransaction(tx -> tx.insertAll(PERSON, people));
            assertEquals(1, watch.total(), watch.counts().toString());
            assertTrue(watch.counts().keySet().iterator().next().contains(" VALUES (?...) RETURNING "),
                    watch.counts().toString());
        }
        assertEquals(rows, db.select(PERSON).count());
    }

    @Test
    void aWatchIsBoundToItsThread() throws Exception {
        long id = people(1).get(0);
        try (StatementWatch watch = db.watchStatements(1)) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread other = new Thread(() -> {
                try {
                    for (int i = 0; i < 3; i++) {
                        db.get(PERSON, id).orElseThrow();
                    }
                    watch.close();
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            other.start();
            other.join();
            assertTrue(failure.get() instanceof IllegalStateException, String.valueOf(failure.get()));
            assertEquals("a statement watch must be closed on the thread that opened it (" + Thread.currentThread().getName()
                    + "), not on " + other.getName(), failure.get().getMessage());
            assertEquals(0, watch.total(), "statements on other threads are not counted");
            db.get(PERSON, id).orElseThrow();
        }
    }

    @Test
    void closingAWatchTwiceIsHarmless() {
        long id = people(1).get(0);
        StatementWatch watch = db.watchStatements(1);
        db.get(PERSON, id).orElseThrow();
        watch.close();
        watch.close();
        db.get(PERSON, id).orElseThrow();
        assertEquals(1, watch.total());
    }

    @Test
    void aWatchNeedsALimitOfAtLeastOne() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> db.watchStatements(0));
        assertEquals("watchStatements: the limit must be at least 1 (was 0): it is how many times one statement may "
                + "run while the watch is open", thrown.getMessage());
    }

    @Test
    void offByDefault() {
        try (Database plain = Database.builder(db.config().url()).maximumPoolSize(2).minimumIdle(0).connect()) {
            assertEquals(0, plain.config().maxRunsPerStatement());
            long id = people(1).get(0);
            int read = plain.transaction(tx -> {
                int count = 0;
                for (int i = 0; i < 1_000; i++) {
                    tx.get(PERSON, id).orElseThrow();
                    count++;
                }
                return count;
            });
            assertEquals(1_000, read);
            assertEquals(0, plain.poolStats().active());
        }
    }
}
