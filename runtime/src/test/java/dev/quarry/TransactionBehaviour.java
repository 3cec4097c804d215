package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.QuarryException;
import dev.quarry.exception.TransactionException;
import dev.quarry.fixture.Person;
import dev.quarry.transaction.Isolation;
import dev.quarry.transaction.TransactionOptions;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Transactions, savepoints and their options against a real database; one subclass per dialect. */
abstract class TransactionBehaviour extends DatabaseTestBase {
    @Test
    void commitsWhenTheBlockReturns() {
        long id = db.transaction(tx -> {
            Person ada = tx.insert(PERSON, person("Ada", 36));
            assertTrue(db.inTransaction());
            return ada.id();
        });
        assertFalse(db.inTransaction());
        assertTrue(db.get(PERSON, id).isPresent());
    }

    @Test
    void rollsBackAndRethrowsWhenTheBlockThrows() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", thrown.getMessage());
        assertEquals(0, db.select(PERSON).count());
    }

    @Test
    void checkedExceptionsPassThroughUnwrapped() {
        IOException failure = new IOException("disk");
        IOException thrown = assertThrows(IOException.class, () -> db.<Void, IOException>transaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(0, db.select(PERSON).count());
    }

    @Test
    void statementsThroughTheDatabaseJoinTheThreadsTransaction() {
        assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
            db.insert(PERSON, person("Ada", 36));
            assertEquals(1, db.select(PERSON).count(), "the insert is visible inside the transaction");
            assertEquals(1, db.poolStats().active(), "one connection for the whole transaction");
            throw new IllegalStateException("undo");
        }));
        assertEquals(0, db.select(PERSON).count(), "the database's insert was rolled back with the transaction");
    }

    @Test
    void otherThreadsDoNotSeeUncommittedWork() throws Exception {
        db.useTransaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            AtomicReference<Boolean> outside = new AtomicReference<>();
            Thread reader = new Thread(() -> outside.set(db.inTransaction()));
            reader.start();
            reader.join();
            assertEquals(Boolean.FALSE, outside.get(), "the transaction is bound to its own thread only");
        });
        assertEquals(1, db.select(PERSON).count());
    }

    @Test
    void nestedTransactionFailureRollsBackToItsSavepointOnly() {
        db.useTransaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> tx.useTransaction(inner -> {
                inner.insert(PERSON, person("Bob", 17));
                assertEquals(2, inner.select(PERSON).count());
                throw new RuntimeException("inner");
            }));
            assertEquals("inner", thrown.getMessage());
            assertEquals(1, tx.select(PERSON).count(), "only the inner insert was undone");
            db.useTransaction(inner -> inner.insert(PERSON, person("Cy", 70)));
        });
        assertEquals(2, db.select(PERSON).count());
    }

    @Test
    void nestedTransactionAfterAFailedStatementCanContinue() {
        db.useTransaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            assertThrows(QuarryException.class, () -> tx.useTransaction(inner ->
                    inner.insert(PERSON, person("Ada", 40))));
            tx.insert(PERSON, person("Bob", 17));
        });
        assertEquals(2, db.select(PERSON).count());
    }

    @Test
    void setRollbackOnlyRollsBackWithoutAnException() {
        String result = db.transaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            tx.useTransaction(inner -> {
                inner.insert(PERSON, person("Bob", 17));
                inner.setRollbackOnly();
                assertTrue(inner.isRollbackOnly());
            });
            assertEquals(1, tx.select(PERSON).count(), "the nested rollback-only block was undone");
            tx.setRollbackOnly();
            return "done";
        });
        assertEquals("done", result);
        assertEquals(0, db.select(PERSON).count());
    }

    @Test
    void aTransactionCannotBeUsedAfterItsBlock() {
        AtomicReference<Transaction> escaped = new AtomicReference<>();
        db.useTransaction(escaped::set);
        TransactionException thrown = assertThrows(TransactionException.class,
                () -> escaped.get().select(PERSON).fetch());
        assertTrue(thrown.getMessage().contains("has ended"), thrown.getMessage());
        assertThrows(TransactionException.class, () -> escaped.get().setRollbackOnly());
    }

    @Test
    void readOnlyTransactionsRejectWrites() {
        db.insert(PERSON, person("Ada", 36));
        long count = db.transaction(TransactionOptions.READ_ONLY, tx -> tx.select(PERSON).count());
        assertEquals(1L, count);
        assertThrows(QuarryException.class, () -> db.useTransaction(TransactionOptions.READ_ONLY,
                tx -> tx.insert(PERSON, person("Bob", 17))));
        db.insert(PERSON, person("Cy", 70));
        assertEquals(2, db.select(PERSON).count(), "connections are read-write again afterwards");
    }

    @Test
    void isolationLevelsCanBeChosen() {
        for (Isolation isolation : new Isolation[] {Isolation.SERIALIZABLE, Isolation.READ_COMMITTED}) {
            db.useTransaction(TransactionOptions.isolation(isolation), tx -> tx.insert(PERSON,
                    person("P" + isolation.ordinal(), isolation.ordinal())));
        }
        assertEquals(2, db.select(PERSON).count());
    }

    @Test
    void nestedTransactionsCannotChangeTheOptions() {
        TransactionException thrown = assertThrows(TransactionException.class, () -> db.useTransaction(tx ->
                tx.useTransaction(TransactionOptions.READ_ONLY, inner -> inner.select(PERSON).count())));
        assertTrue(thrown.getMessage().contains("outermost"), thrown.getMessage());
    }

    @Test
    void transactionAdviceWorks() {
        db.insert(PERSON, person("Ada", 36));
        AtomicReference<Transaction> escaped = new AtomicReference<>();
        db.useTransaction(escaped::set);
        TransactionException ended = assertThrows(TransactionException.class, () -> escaped.get().select(PERSON).count());
        assertEquals("the transaction has ended; run statements inside its block, or through the Database outside it",
                ended.getMessage());
        long inside = db.transaction(tx -> tx.select(PERSON).count());
        assertEquals(1, inside);
        assertEquals(1L, db.select(PERSON).count());

        TransactionException nested = assertThrows(TransactionException.class, () -> db.useTransaction(tx ->
                tx.useTransaction(TransactionOptions.READ_ONLY, inner -> inner.select(PERSON).count())));
        assertTrue(nested.getMessage().endsWith("; pass the options to the outermost transaction"), nested.getMessage());
        long sameOptions = db.transaction(TransactionOptions.READ_ONLY, tx ->
                tx.transaction(TransactionOptions.READ_ONLY, inner -> inner.select(PERSON).count()));
        assertEquals(1, sameOptions);
        long inherited = db.transaction(TransactionOptions.READ_ONLY, tx ->
                tx.transaction(inner -> inner.select(PERSON).count()));
        assertEquals(1, inherited);
    }

    @Test
    void insertAllIsAtomicOutsideATransaction() {
        db.insert(PERSON, person("Ada", 36));
        assertThrows(QuarryException.class, () -> db.insertAll(PERSON, java.util.List.of(
                person("Bob", 17), person("Cy", 70).createdAt(java.time.Instant.EPOCH), person("Ada", 1))));
        assertEquals(1, db.select(PERSON).count(), "no row of the failed insertAll remains");
    }
}
