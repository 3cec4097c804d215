package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.ConstraintViolationException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.it.model.Tables;
import dev.quarry.it.model.User;
import dev.quarry.migration.MigrationException;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What only MariaDB does: the features it lacks fail before anything runs, its lock errors are
 * translated, and migrations say they do not support it yet.
 */
class MariadbOnlyMariadbIT extends DialectTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    MariadbOnlyMariadbIT() {
        super(DB);
    }

    private User ann;
    private User bob;

    @BeforeEach
    void users() {
        ann = insertUser("Ann", 30);
        bob = insertUser("Bob", 40);
    }

    @Test
    void lockingTheRowsOfSomeTablesOnlyFailsBeforeRunning() {
        try (StatementCount count = JdbcStatements.count()) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> db().useTransaction(tx -> tx.select(USER).leftJoin(POST).on(POST.authorId.eq(USER.id))
                            .forUpdate().of(USER).fetch()));
            assertTrue(e.getMessage().startsWith("MariaDB cannot lock the rows of some tables only"), e.getMessage());
            assertFalse(count.statements().stream().anyMatch(sql -> sql.contains("FOR UPDATE")), count::toString);
        }
    }

    @Test
    void sharedAndExclusiveRowLocksRunInATransaction() {
        assertEquals(List.of("Ann", "Bob"), db().transaction(tx -> tx.select(USER).orderBy(USER.name.asc()).forShare()
                .fetch().stream().map(user -> user.name).toList()));
        assertEquals(List.of("Bob"), db().transaction(tx -> tx.select(USER).where(USER.id.eq(bob.id)).forUpdate()
                .skipLocked().fetch().stream().map(user -> user.name).toList()));
    }

    @Test
    void aLockWaitTimeoutIsTranslated() throws Exception {
        try (Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.executeUpdate("UPDATE users SET age = 31 WHERE id = " + ann.id);
            SqlExecutionException e = assertThrows(SqlExecutionException.class, () -> db().useTransaction(tx -> {
                tx.text("SET SESSION innodb_lock_wait_timeout = 1").execute();
                tx.update(USER).set(USER.age, 32).where(USER.id.eq(ann.id)).execute();
            }));
            assertFalse(e instanceof ConstraintViolationException);
            assertTrue(e.getMessage().startsWith("lock wait timeout:"), e.getMessage());
            assertTrue(e.sql().startsWith("UPDATE `users`"), e.sql());
            holder.rollback();
        }
        assertEquals(30, db().get(USER, ann.id).orElseThrow().age);
    }

    @Test
    void aDeadlockIsTranslatedAndTheOtherTransactionCommits() throws Exception {
        CountDownLatch bothLocked = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (long[] order : new long[][] {{ann.id, bob.id}, {bob.id, ann.id}}) {
                Callable<Void> run = () -> {
                    db().<InterruptedException>useTransaction(tx -> {
                        tx.update(USER).set(USER.bio, "first").where(USER.id.eq(order[0])).execute();
                        bothLocked.countDown();
                        bothLocked.await(10, TimeUnit.SECONDS);
                        tx.update(USER).set(USER.bio, "second").where(USER.id.eq(order[1])).execute();
                    });
                    return null;
                };
                runs.add(pool.submit(run));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> run : runs) {
                try {
                    run.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertEquals(1, failures.size(), failures::toString);
            SqlExecutionException deadlock = (SqlExecutionException) failures.get(0);
            assertTrue(deadlock.getMessage().startsWith("deadlock:"), deadlock.getMessage());
            assertEquals("40001", deadlock.sqlState());
        } finally {
            pool.shutdownNow();
        }
        // the transaction that was not rolled back wrote "first" on one row and "second" on the other
        assertEquals(List.of("first", "second"), db().select(USER).orderBy(USER.bio.asc()).select(USER.bio).fetch());
    }

    @Test
    void streamsReadWithTheDriversFetchSizeOutsideATransaction() {
        for (int i = 0; i < 2_500; i++) {
            if (i % 500 == 0) {
                List<User> batch = new ArrayList<>();
                for (int j = 0; j < 500; j++) {
                    batch.add(newUser("Stream " + (i + j), 20));
                }
                db().insertAll(USER, batch);
            }
        }
        try (Stream<User> users = db().select(USER).where(USER.name.like("Stream %")).stream()) {
            assertEquals(2_500, users.count());
        }
        assertEquals(0, db().poolStats().active());
    }

    @Test
    void migrationsSayTheyDoNotSupportMariadbYet() {
        MigrationException e = assertThrows(MigrationException.class, () -> db().migrations());
        assertTrue(e.getMessage().contains("mariadb"), e.getMessage());
    }
}
