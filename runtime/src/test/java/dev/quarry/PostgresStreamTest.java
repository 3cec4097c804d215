package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.SqlExecutionException;
import dev.quarry.fixture.Person;
import dev.quarry.spi.AbstractReadRepository;
import dev.quarry.spi.ParameterBinding;
import dev.quarry.testing.TestDatabases;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Streams on PostgreSQL fetch their rows in parts, inside a transaction and outside one: the
 * query below fails on the server at its 5,000th row, so a stream that read the whole result
 * before handing out the first row (the driver's default) would fail at once, while one that
 * fetches in parts hands out the first thousands of rows first. One pooled connection, so that
 * every test sees what a stream left on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStreamTest {
    private static final String FAILS_AT_ROW_5000 =
            "SELECT CASE WHEN i = 5000 THEN 1 / (i - i) ELSE i END FROM generate_series(1, 10000) AS i";

    private Database db;
    private Numbers numbers;

    /** A hand-written repository, as generated code would write it, for a query over no table. */
    static final class Numbers extends AbstractReadRepository<Person, Long> {
        Numbers(Database db) {
            super(db, PERSON);
        }

        Stream<Integer> failingAtRow5000() {
            return queryStream(FAILS_AT_ROW_5000, ParameterBinding.NONE, row -> row.getInt(1));
        }

        Stream<Integer> upTo(int last) {
            return queryStream("SELECT i FROM generate_series(1, ?) AS i", params -> params.setInt(1, last),
                    row -> row.getInt(1));
        }
    }

    @BeforeAll
    void connect() {
        db = Database.builder(TestDatabases.postgres()).maximumPoolSize(1).minimumIdle(0).connect();
        numbers = new Numbers(db);
    }

    @AfterEach
    void noLeaks() {
        assertEquals(0, db.poolStats().active());
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void outsideATransactionTheFirstRowsArriveBeforeTheServerComputedTheRest() {
        assertFirstRowsThenTheFailure();
        assertEquals(List.of(1, 2, 3), numbers.upTo(3).toList(), "the connection is usable after the failure");
    }

    @Test
    void insideATransactionToo() {
        db.useTransaction(tx -> assertFirstRowsThenTheFailure());
    }

    @Test
    void aStreamReadToItsEndOrClosedEarlyEndsItsTransaction() {
        assertEquals(20_000, numbers.upTo(20_000).count());
        assertTrue(inAutoCommitMode(), "read to its end, the stream ended its transaction");
        try (Stream<Integer> stream = numbers.upTo(20_000)) {
            assertEquals(List.of(1, 2), stream.limit(2).toList());
        }
        assertTrue(inAutoCommitMode(), "closed early, the stream ended its transaction");
    }

    /**
     * Whether the one pooled connection is back in auto-commit mode: there PostgreSQL refuses a
     * {@code SAVEPOINT}, which needs a transaction block.
     */
    private boolean inAutoCommitMode() {
        SqlExecutionException refused = assertThrows(SqlExecutionException.class,
                () -> db.text("SAVEPOINT probe").execute());
        return refused.getMessage().contains("SAVEPOINT can only be used in transaction blocks");
    }

    private void assertFirstRowsThenTheFailure() {
        try (Stream<Integer> stream = numbers.failingAtRow5000()) {
            Iterator<Integer> rows = stream.iterator();
            for (int i = 1; i <= 4_000; i++) {
                assertEquals(i, rows.next());
            }
            SqlExecutionException failure = assertThrows(SqlExecutionException.class, () -> {
                while (rows.hasNext()) {
                    rows.next();
                }
            });
            assertTrue(failure.getMessage().contains("division by zero"), failure.getMessage());
        }
    }
}
