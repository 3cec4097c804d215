package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.fixture.graph.Author_.AUTHOR;
import static dev.quarry.fixture.graph.Book_.BOOK;
import static dev.quarry.query.Load.joined;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.SqlExecutionException;
import dev.quarry.fixture.Person;
import dev.quarry.fixture.Person_;
import dev.quarry.fixture.graph.Author;
import dev.quarry.fixture.graph.Book;
import dev.quarry.fixture.graph.GraphTables;
import dev.quarry.query.LockedQuery;
import dev.quarry.testing.TestDatabases;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Row locks on PostgreSQL: the SQL, the checks before anything is sent, and two transactions meeting on a row. */
class PostgresLockingTest extends LockingBehaviour {
    private ExecutorService threads;

    @Override
    protected String url() {
        return TestDatabases.postgres();
    }

    @Override
    protected Database open(String url) {
        CountingDriver.install();
        return super.open(url);
    }

    @Override
    protected Person readForUpdate(Transaction tx, long id) {
        return tx.select(PERSON).where(PERSON.id.eq(id)).forUpdate().one();
    }

    @BeforeEach
    void graphTablesAndThreads() {
        threads = Executors.newCachedThreadPool();
        Schema schema = db.schema(GraphTables.ALL);
        schema.dropAll();
        schema.createAll();
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
    }

    private static final String COLUMNS = "SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\""
            + " FROM \"people\"";

    @Test
    void theLockingClauseComesLastInEveryCombination() {
        assertEquals(COLUMNS + " FOR UPDATE", db.select(PERSON).forUpdate().toSql());
        assertEquals(COLUMNS + " FOR SHARE", db.select(PERSON).forShare().toSql());
        assertEquals(COLUMNS + " FOR UPDATE NOWAIT", db.select(PERSON).forUpdate().noWait().toSql());
        assertEquals(COLUMNS + " FOR UPDATE SKIP LOCKED", db.select(PERSON).forUpdate().skipLocked().toSql());
        assertEquals(COLUMNS + " FOR SHARE NOWAIT", db.select(PERSON).forShare().noWait().toSql());
        assertEquals(COLUMNS + " FOR SHARE SKIP LOCKED", db.select(PERSON).forShare().skipLocked().toSql());
        LockedQuery<Person> paged = db.select(PERSON).where(PERSON.age.gt(18)).orderBy(PERSON.id.asc())
                .limit(10).offset(20).forUpdate().skipLocked();
        assertEquals(COLUMNS + " WHERE \"age\" > ? ORDER BY \"id\" ASC LIMIT ? OFFSET ? FOR UPDATE SKIP LOCKED",
                paged.toSql());
        assertEquals(List.of(18, 10L, 20L), paged.parameters());

        String joined = "SELECT \"people\".\"id\", \"people\".\"name\", \"people\".\"email\", \"people\".\"bio\","
                + " \"people\".\"age\", \"people\".\"created_at\", \"people\".\"status\" FROM \"people\" JOIN \"visit\""
                + " ON \"visit\".\"person_id\" = \"people\".\"id\"";
        var join = db.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id));
        assertEquals(joined + " FOR UPDATE", join.forUpdate().toSql());
        assertEquals(joined + " FOR UPDATE OF \"people\"", join.forUpdate().of(PERSON).toSql());
        assertEquals(joined + " FOR SHARE OF \"people\", \"visit\" NOWAIT", join.forShare().of(PERSON, VISIT).noWait().toSql());
        assertEquals(joined + " FOR UPDATE OF \"visit\" SKIP LOCKED", join.forUpdate().of(VISIT).skipLocked().toSql());
        Person_ other = PERSON.as("other");
        assertEquals(COLUMNS.replace("\"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\"",
                        "\"people\".\"id\", \"people\".\"name\", \"people\".\"email\", \"people\".\"bio\", \"people\".\"age\","
                                + " \"people\".\"created_at\", \"people\".\"status\"")
                        + " LEFT JOIN \"people\" AS \"other\" ON \"other\".\"age\" = \"people\".\"age\" FOR UPDATE OF \"people\"",
                db.select(PERSON).leftJoin(other).on(other.age.eq(PERSON.age)).forUpdate().of(PERSON).toSql());
    }

    @Test
    void whatPostgresqlWouldRefuseIsRefusedBeforeAnythingIsSent() {
        Person_ other = PERSON.as("other");
        List<Supplier<LockedQuery<Person>>> refused = List.of(
                () -> db.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id)).distinct().forUpdate(),
                () -> db.select(PERSON).leftJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).forUpdate(),
                () -> db.select(PERSON).leftJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).forShare().of(VISIT),
                () -> db.select(PERSON).rightJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).forUpdate().of(PERSON),
                () -> db.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id)).forUpdate().of(other));
        List<String> messages = List.of(
                "FOR UPDATE cannot lock the rows of a SELECT DISTINCT, whose rows are not table rows: drop distinct()",
                "FOR UPDATE cannot lock the rows of visit, the nullable side of an outer join (its row may be missing):"
                        + " name the tables to lock with forUpdate().of(...) leaving visit out, or make the join an inner join",
                "FOR SHARE cannot lock the rows of visit, the nullable side of an outer join (its row may be missing):"
                        + " name the tables to lock with forShare().of(...)",
                "FOR UPDATE cannot lock the rows of people, the nullable side",
                "FOR UPDATE OF people as other names a table that is not in the query's FROM clause (people, visit)");
        for (int i = 0; i < refused.size(); i++) {
            Supplier<LockedQuery<Person>> query = refused.get(i);
            String message = messages.get(i);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> query.get().toSql());
            assertTrue(e.getMessage().startsWith(message), e.getMessage());
            try (StatementCount count = JdbcStatements.count()) {
                db.transaction(tx -> assertThrows(IllegalStateException.class, () -> query.get().fetch()));
                assertEquals(0, count.statements().stream().filter(sql -> sql.contains("SELECT")).count(), count::toString);
            }
        }
        // the fix each message gives runs
        db.insert(PERSON, person("Ada", 36));
        db.transaction(tx -> {
            assertEquals(1, tx.select(PERSON).leftJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).forUpdate().of(PERSON)
                    .fetch().size());
            return tx.select(PERSON).leftJoin(other).on(other.id.eq(PERSON.id)).forShare().of(PERSON).fetch();
        });
    }

    @Test
    void outsideATransactionALockingQueryIsRefusedBeforeItIsSent() {
        db.insert(PERSON, person("Ada", 36));
        List<Supplier<Object>> runs = List.of(
                () -> db.select(PERSON).forUpdate().fetch(),
                () -> db.select(PERSON).forShare().noWait().one(),
                () -> db.select(PERSON).forUpdate().skipLocked().findOne(),
                () -> {
                    try (Stream<Person> rows = db.select(PERSON).forUpdate().stream()) {
                        return rows.count();
                    }
                });
        for (Supplier<Object> run : runs) {
            try (StatementCount count = JdbcStatements.count()) {
                IllegalStateException e = assertThrows(IllegalStateException.class, run::get);
                assertTrue(e.getMessage().startsWith("a query that locks rows (FOR UPDATE, FOR SHARE) ran outside a"
                        + " transaction, where its locks would be released as soon as it ends: run it inside"
                        + " db.transaction(tx -> ...)"), e.getMessage());
                assertEquals(0, count.statements().stream().filter(sql -> sql.contains("SELECT")).count(), count::toString);
            }
        }
        // inside one, every terminal operation runs
        db.transaction(tx -> {
            assertEquals(1, tx.select(PERSON).forUpdate().fetch().size());
            assertEquals("Ada", tx.select(PERSON).forShare().noWait().one().name());
            assertTrue(tx.select(PERSON).forUpdate().skipLocked().findOne().isPresent());
            try (Stream<Person> rows = tx.select(PERSON).forUpdate().stream()) {
                assertEquals(1, rows.count());
            }
            return null;
        });
    }

    @Test
    void aSecondForUpdateWaitsUntilTheFirstTransactionCommits() throws Exception {
        long id = db.insert(PERSON, person("Ada", 36)).id();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] committedAt = new long[1];
        Future<?> first = threads.submit(() -> {
            db.transaction(tx -> {
                tx.select(PERSON).where(PERSON.id.eq(id)).forUpdate().one();
                locked.countDown();
                assertTrue(release.await(30, TimeUnit.SECONDS));
                return tx.update(PERSON).set(PERSON.age, 37).where(PERSON.id.eq(id)).execute();
            });
            committedAt[0] = System.nanoTime();
            return null;
        });
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        Future<long[]> second = threads.submit(() -> db.transaction(tx -> {
            long asked = System.nanoTime();
            int age = tx.select(PERSON).where(PERSON.id.eq(id)).forUpdate().one().age();
            return new long[] {asked, System.nanoTime(), age};
        }));
        awaitABackendWaitingForALock();   // the second transaction is blocked on the row now
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        long[] result = second.get(30, TimeUnit.SECONDS);
        assertTrue(result[0] < committedAt[0], "the second asked for the row before the first committed");
        assertTrue(result[1] > committedAt[0] - TimeUnit.MILLISECONDS.toNanos(50),
                "and had it only after the first committed");
        assertEquals(37, result[2], "it read the first transaction's committed change");
    }

    @Test
    void noWaitFailsAtOnceWithTheLockNotAvailableState() throws Exception {
        long id = db.insert(PERSON, person("Ada", 36)).id();
        holdingTheRowLocked(id, () -> {
            SqlExecutionException e = assertThrows(SqlExecutionException.class, () -> db.transaction(tx ->
                    tx.select(PERSON).where(PERSON.id.eq(id)).forUpdate().noWait().one()));
            assertEquals("55P03", e.sqlState());
            assertTrue(e.getMessage().contains("could not obtain lock on row in relation \"people\""), e.getMessage());
            assertTrue(e.sql().endsWith("FOR UPDATE NOWAIT"), e.sql());
            // a shared lock conflicts with the exclusive one too; reading without a lock does not wait
            assertThrows(SqlExecutionException.class, () -> db.transaction(tx ->
                    tx.select(PERSON).forShare().noWait().fetch()));
            assertEquals(36, db.get(PERSON, id).orElseThrow().age());
        });
    }

    @Test
    void skipLockedReturnsTheOtherRows() throws Exception {
        long ada = db.insert(PERSON, person("Ada", 36)).id();
        long bob = db.insert(PERSON, person("Bob", 40)).id();
        long cy = db.insert(PERSON, person("Cy", 50)).id();
        holdingTheRowLocked(bob, () -> {
            List<Long> ids = db.transaction(tx -> tx.select(PERSON).orderBy(PERSON.id.asc()).forUpdate().skipLocked()
                    .fetch().stream().map(Person::id).toList());
            assertEquals(List.of(ada, cy), ids);
            Person next = db.transaction(tx -> tx.select(PERSON).orderBy(PERSON.id.asc()).limit(1).forUpdate()
                    .skipLocked().one());
            assertEquals(ada, next.id(), "a worker takes the first free job");
        });
    }

    @Test
    void loadOptionsReadTheirRowsWithoutLockingThem() throws Exception {
        Author ursula = db.insert(AUTHOR, new Author("Ursula"));
        db.insert(BOOK, Book.of(ursula.id, "The Dispossessed", 1974));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<List<String>> holder = threads.submit(() -> db.transaction(tx -> {
            List<String> sent;
            try (StatementCount count = JdbcStatements.count()) {
                List<Author> authors = tx.select(AUTHOR).load(joined(AUTHOR.books)).forUpdate().fetch();
                assertEquals(1, authors.get(0).books.size());
                tx.select(AUTHOR).load(selectIn(AUTHOR.books)).forUpdate().fetch();
                sent = new ArrayList<>(count.statements());
            }
            locked.countDown();
            assertTrue(release.await(30, TimeUnit.SECONDS));
            return sent;
        }));
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        try {
            db.transaction(tx -> {
                assertEquals(1, tx.select(BOOK).forUpdate().noWait().fetch().size(), "the books are not locked");
                assertThrows(SqlExecutionException.class, () -> tx.select(AUTHOR).forUpdate().noWait().fetch(),
                        "the authors are");
                return null;
            });
        } finally {
            release.countDown();
        }
        List<String> sent = holder.get(30, TimeUnit.SECONDS);
        List<String> selects = sent.stream().filter(sql -> sql.startsWith("SELECT")).toList();
        assertEquals(3, selects.size(), sent::toString);
        assertTrue(selects.get(0).contains(" LEFT JOIN \"books\"") && selects.get(0).endsWith(" FOR UPDATE OF \"authors\""),
                selects.get(0));
        assertTrue(selects.get(1).endsWith(" FROM \"authors\" FOR UPDATE"), selects.get(1));
        assertTrue(!selects.get(2).contains("FOR "), "select-in statements lock nothing: " + selects.get(2));
    }

    /** Runs {@code work} while another thread's transaction holds the person's row locked for update. */
    private void holdingTheRowLocked(long id, Runnable work) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> db.transaction(tx -> {
            tx.select(PERSON).where(PERSON.id.eq(id)).forUpdate().one();
            locked.countDown();
            return release.await(30, TimeUnit.SECONDS);
        }));
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        try {
            work.run();
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until a backend of this database waits for a row lock taken by a FOR UPDATE query (at most 30 s). */
    private static void awaitABackendWaitingForALock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = DriverManager.getConnection(TestDatabases.postgres());
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname ="
                        + " current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM \"people\"%FOR UPDATE'")) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("no transaction waited for the locked row within 30 s");
    }
}
