package dev.quarry.it;

import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.it.model.User;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.transaction.Isolation;
import dev.quarry.transaction.TransactionOptions;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code transaction} / {@code useTransaction}: commit on return, rollback and rethrow on any
 * exception, joining by the database on the same thread, savepoints for nested transactions,
 * isolation, read-only and {@code setRollbackOnly}.
 */
abstract class TransactionTests extends DialectTests {
    private ExecutorService otherThread;

    protected TransactionTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void startOtherThread() {
        otherThread = Executors.newSingleThreadExecutor(task -> new Thread(task, "quarry-it-other-thread"));
    }

    @AfterEach
    void stopOtherThread() throws InterruptedException {
        otherThread.shutdownNow();
        assertTrue(otherThread.awaitTermination(30, TimeUnit.SECONDS), "the other thread finished");
    }

    /** Runs {@code work} on another thread (so on another connection, outside the current transaction). */
    private <T> T onOtherThread(Callable<T> work) throws Exception {
        return otherThread.submit(work).get(30, TimeUnit.SECONDS);
    }

    private List<String> committedNames() {
        return database.strings("SELECT name FROM users ORDER BY name");
    }

    @Test
    void outsideATransactionEachStatementCommitsAtOnce() throws Exception {
        insertUser("Ann", 25);
        assertEquals(List.of("Ann"), committedNames());
        assertEquals(1L, onOtherThread(() -> db().select(USER).count()));
    }

    @Test
    void commitsWhenTheWorkReturns() throws Exception {
        long id = db().transaction(tx -> {
            User ann = tx.insert(USER, newUser("Ann", 25));
            tx.insert(USER, newUser("Bob", 30));
            assertEquals(2, tx.select(USER).count(), "the transaction sees its own rows");
            assertEquals(0L, onOtherThread(() -> db().select(USER).count()), "other connections do not see them yet");
            return ann.id;
        });
        assertEquals(List.of("Ann", "Bob"), committedNames());
        assertEquals("Ann", db().get(USER, id).orElseThrow().name);
    }

    @Test
    void useTransactionCommitsToo() {
        db().useTransaction(tx -> tx.insert(USER, newUser("Ann", 25)));
        assertEquals(List.of("Ann"), committedNames());
    }

    @Test
    void rollsBackAndRethrowsARuntimeException() {
        insertUser("Before", 20);
        IllegalStateException thrown = new IllegalStateException("boom");
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> db().useTransaction(tx -> {
            tx.insert(USER, newUser("Ann", 25));
            tx.update(USER).set(USER.age, 99).all().execute();
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(List.of("Before"), committedNames());
        assertEquals(20, db().select(USER).one().age);
    }

    @Test
    void rollsBackAndRethrowsACheckedExceptionAsIs() {
        IOException thrown = new IOException("disk full");
        IOException caught = assertThrows(IOException.class, () -> db().transaction(tx -> {
            tx.insert(USER, newUser("Ann", 25));
            if (thrown != null) {
                throw thrown;
            }
            return 1;
        }));
        assertSame(thrown, caught);
        assertEquals(List.of(), committedNames());
    }

    @Test
    void rollsBackOnAnError() {
        AssertionError thrown = new AssertionError("failed inside");
        AssertionError caught = assertThrows(AssertionError.class, () -> db().useTransaction(tx -> {
            tx.insert(USER, newUser("Ann", 25));
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(List.of(), committedNames());
    }

    @Test
    void theDatabaseJoinsTheTransactionOnTheSameThread() throws Exception {
        assertThrows(IllegalStateException.class, () -> db().useTransaction(tx -> {
            db().insert(USER, newUser("Ann", 25));
            assertEquals(1, tx.select(USER).count(), "the transaction sees what the database wrote");
            assertEquals(1, db().select(USER).count(), "the database reads inside the transaction");
            assertEquals(1, db().poolStats().active(), "one connection for the transaction and the database calls");
            assertEquals(1, db().update(USER).set(USER.age, 26).where(USER.name.eq("Ann")).execute());
            assertEquals(0L, onOtherThread(() -> db().select(USER).count()), "another thread is not in the transaction");
            throw new IllegalStateException("roll back");
        }));
        assertEquals(List.of(), committedNames(), "the database's writes were rolled back with the transaction");
        assertEquals(0, db().poolStats().active());
    }

    @Test
    void aNestedTransactionRollsBackToItsSavepointOnly() {
        db().useTransaction(tx -> {
            tx.insert(USER, newUser("Outer Before", 1));
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> tx.useTransaction(nested -> {
                nested.insert(USER, newUser("Nested", 2));
                assertEquals(2, nested.select(USER).count());
                throw new RuntimeException("nested fails");
            }));
            assertEquals("nested fails", thrown.getMessage());
            assertEquals(1, tx.select(USER).count(), "only the nested work was rolled back");
            tx.insert(USER, newUser("Outer After", 3));
        });
        assertEquals(List.of("Outer After", "Outer Before"), committedNames());
    }

    @Test
    void aNestedTransactionThroughTheDatabaseUsesASavepointToo() {
        db().useTransaction(tx -> {
            tx.insert(USER, newUser("Outer", 1));
            assertThrows(IllegalArgumentException.class, () -> db().useTransaction(nested -> {
                nested.insert(USER, newUser("Nested", 2));
                throw new IllegalArgumentException("nested fails");
            }));
            db().useTransaction(nested -> nested.insert(USER, newUser("Nested Kept", 3)));
        });
        assertEquals(List.of("Nested Kept", "Outer"), committedNames());
    }

    @Test
    void aCommittedNestedTransactionIsRolledBackWithItsOuterOne() {
        assertThrows(IllegalStateException.class, () -> db().useTransaction(tx -> {
            String name = tx.transaction(nested -> nested.insert(USER, newUser("Nested", 2)).name);
            assertEquals("Nested", name);
            throw new IllegalStateException("outer fails");
        }));
        assertEquals(List.of(), committedNames());
    }

    @Test
    void setRollbackOnlyRollsBackWithoutAnException() {
        String result = db().transaction(tx -> {
            tx.insert(USER, newUser("Ann", 25));
            assertFalse(tx.isRollbackOnly());
            tx.setRollbackOnly();
            assertTrue(tx.isRollbackOnly());
            return "done";
        });
        assertEquals("done", result);
        assertEquals(List.of(), committedNames());
    }

    @Test
    void setRollbackOnlyInANestedTransactionRollsBackItsSavepointOnly() {
        db().useTransaction(tx -> {
            tx.insert(USER, newUser("Outer", 1));
            tx.useTransaction(nested -> {
                nested.insert(USER, newUser("Nested", 2));
                nested.setRollbackOnly();
            });
            assertFalse(tx.isRollbackOnly());
            assertEquals(1, tx.select(USER).count());
        });
        assertEquals(List.of("Outer"), committedNames());
    }

    @Test
    void aReadOnlyTransactionReadsButCannotWrite() {
        insertUser("Ann", 25);
        long count = db().transaction(TransactionOptions.READ_ONLY, tx -> tx.select(USER).count());
        assertEquals(1, count);
        QuarryException error = assertThrows(QuarryException.class,
                () -> db().useTransaction(TransactionOptions.READ_ONLY, tx -> tx.insert(USER, newUser("Bob", 30))));
        if (postgres()) {
            assertEquals("25006", assertInstanceOf(SqlExecutionException.class, error).sqlState(),
                    "read_only_sql_transaction");
        }
        assertEquals(List.of("Ann"), committedNames());

        // The pooled connection is writable again afterwards.
        for (int i = 0; i < 5; i++) {
            insertUser("After " + i, i);
            db().useTransaction(tx -> tx.update(USER).set(USER.age, 1).where(USER.name.eq("Ann")).execute());
        }
        assertEquals(6, database.number("SELECT count(*) FROM users"));
    }

    @Test
    void isolationLevelIsHonoured() throws Exception {
        insertUser("Ann", 25);
        if (postgres()) {
            // REPEATABLE READ keeps the snapshot of the first read; READ COMMITTED sees later commits.
            List<Long> repeatable = db().transaction(TransactionOptions.isolation(Isolation.REPEATABLE_READ), tx -> {
                long before = tx.select(USER).count();
                onOtherThread(() -> db().insert(USER, newUser("Bob", 30)));
                return List.of(before, tx.select(USER).count());
            });
            assertEquals(List.of(1L, 1L), repeatable);
            List<Long> readCommitted = db().transaction(TransactionOptions.isolation(Isolation.READ_COMMITTED), tx -> {
                long before = tx.select(USER).count();
                onOtherThread(() -> db().insert(USER, newUser("Cid", 35)));
                return List.of(before, tx.select(USER).count());
            });
            assertEquals(List.of(2L, 3L), readCommitted);
            SqlExecutionException conflict = assertThrows(SqlExecutionException.class,
                    () -> db().useTransaction(TransactionOptions.isolation(Isolation.SERIALIZABLE), tx -> {
                        tx.select(USER).count();
                        onOtherThread(() -> db().update(USER).set(USER.age, 50).where(USER.name.eq("Ann")).execute());
                        tx.update(USER).set(USER.age, 60).where(USER.name.eq("Ann")).execute();
                    }));
            assertEquals("40001", conflict.sqlState(), "serialization_failure");
            assertEquals(List.of("50"), database.strings("SELECT age FROM users WHERE name = 'Ann'"));
        } else {
            // SQLite runs every transaction serializably: a serializable one reads its own writes and commits.
            long count = db().transaction(TransactionOptions.isolation(Isolation.SERIALIZABLE), tx -> {
                tx.insert(USER, newUser("Bob", 30));
                return tx.select(USER).count();
            });
            assertEquals(2, count);
            assertEquals(List.of("Ann", "Bob"), committedNames());
        }
        assertEquals(0, db().poolStats().active());
    }

    @Test
    void aConstraintErrorInsideATransactionRollsItBack() {
        insertUser("Ann", 25);
        assertThrows(QuarryException.class, () -> db().useTransaction(tx -> {
            tx.insert(USER, newUser("Bob", 30));
            tx.insert(USER, newUser("Ann", 99));
        }));
        assertEquals(List.of("Ann"), committedNames());
    }
}
