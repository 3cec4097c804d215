package dev.quarry.it;

import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.PoolStats;
import dev.quarry.exception.QuarryException;
import dev.quarry.testing.DatabaseExtension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code Database} itself: connecting by URL, the dialect it picks, its pool and closing it. */
abstract class DatabaseTests extends DialectTests {
    protected DatabaseTests(DatabaseExtension database) {
        super(database);
    }

    @Test
    void connectByUrlPicksTheDialect() {
        insertUser("Ann", 25);
        try (Database other = Database.connect(database.url())) {
            assertEquals(postgres() ? "postgresql" : mariadb() ? "mariadb" : "sqlite", other.dialectName());
            assertEquals("Ann", other.select(USER).one().name);
            other.insert(USER, newUser("Bob", 30));
        }
        assertEquals(2, db().select(USER).count(), "the other database wrote to the same tables");
    }

    @Test
    void aClosedDatabaseFailsWithAQuarryExceptionAndClosesTwiceHarmlessly() {
        Database other = Database.connect(database.url());
        other.close();
        other.close();
        assertThrows(QuarryException.class, () -> other.select(USER).count());
    }

    @Test
    void poolStatsAndTransactionState() throws Exception {
        PoolStats idle = db().poolStats();
        assertEquals(0, idle.active());
        assertEquals(idle.total(), idle.active() + idle.idle());
        assertFalse(db().inTransaction());
        db().useTransaction(tx -> {
            tx.insert(USER, newUser("Ann", 25));
            assertTrue(db().inTransaction());
            PoolStats busy = db().poolStats();
            assertEquals(1, busy.active());
            assertEquals(busy.total(), busy.active() + busy.idle());
            boolean otherThreadInTransaction = CompletableFuture.supplyAsync(() -> db().inTransaction())
                    .get(30, TimeUnit.SECONDS);
            assertFalse(otherThreadInTransaction, "the transaction belongs to its thread");
        });
        assertFalse(db().inTransaction());
        assertEquals(0, db().poolStats().active());
    }
}
