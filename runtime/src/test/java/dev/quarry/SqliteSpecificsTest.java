package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Sample_.SAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.ConfigurationException;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.fixture.Person;
import dev.quarry.fixture.Tables;
import dev.quarry.fixture.Visit;
import dev.quarry.fixture.Visit_;
import dev.quarry.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only SQLite needs: in-memory databases, pragmas on every connection, its own timestamp text. */
class SqliteSpecificsTest {
    @TempDir
    Path directory;

    @Test
    void inMemoryDatabaseIsOneDatabaseOnOneConnection() {
        try (Database db = Database.builder("jdbc:sqlite::memory:").maximumPoolSize(5).connect()) {
            assertEquals("sqlite", db.dialectName());
            db.schema(Tables.ALL).createAll();
            db.insert(PERSON, new Person("Ada", "ada@example.com", 36));
            assertEquals(1, db.select(PERSON).count(), "later statements see the same database");
            assertEquals(1, db.poolStats().total(), "an in-memory database keeps exactly one connection");
            assertEquals(0, db.poolStats().active());
        }
    }

    @Test
    void everyPooledConnectionEnforcesForeignKeys() throws Exception {
        try (Database db = Database.builder(TestDatabases.sqliteFile(directory)).maximumPoolSize(3).connect()) {
            db.schema(Tables.ALL).createAll();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread holder = new Thread(() -> {
                try {
                    db.useTransaction(tx -> {
                        tx.select(PERSON).count();
                        holding.countDown();
                        done.await();
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            holder.start();
            holding.await();
            try {
                for (int i = 0; i < 3; i++) {
                    assertThrows(ForeignKeyViolationException.class,
                            () -> db.insert(Visit_.VISIT, new Visit(12345, 1, "orphan")));
                }
            } finally {
                done.countDown();
                holder.join();
            }
            assertEquals(0, db.poolStats().active());
        }
    }

    @Test
    void readsSqliteOwnTimestampText() {
        String url = TestDatabases.sqliteFile(directory);
        try (Database db = Database.connect(url)) {
            db.schema(Tables.ALL).createAll();
            TestDatabases.execute(url, "INSERT INTO sample (id, instant, local) VALUES ('"
                    + new UUID(0, 9) + "', CURRENT_TIMESTAMP, '2024-05-01T10:20:30.5')");
            var row = db.get(SAMPLE, new UUID(0, 9)).orElseThrow();
            assertTrue(Math.abs(row.instant().getEpochSecond() - Instant.now().getEpochSecond()) < 120,
                    "CURRENT_TIMESTAMP is read as a UTC instant: " + row.instant());
            assertEquals(LocalDateTime.of(2024, 5, 1, 10, 20, 30, 500_000_000), row.local());
        }
    }

    @Test
    void storesSortableFixedWidthText() {
        String url = TestDatabases.sqliteFile(directory);
        try (Database db = Database.connect(url)) {
            db.schema(List.of(SAMPLE)).createAll();
            db.insert(SAMPLE, ValueTypeBehaviour.full(new UUID(0, 1)));
            long matches = db.select(SAMPLE).where(SAMPLE.text.eq("héllo")).count();
            assertEquals(1, matches);
        }
        TestDatabases.execute(url, "CREATE TABLE probe AS SELECT instant, local, time, day, flag, amount FROM sample");
        try (Database db = Database.connect(url)) {
            assertEquals("sqlite", db.dialectName());
        }
        assertEquals("2024-05-01 13:45:00.123456|2024-05-01 13:45:00.123456|13:45:00.123456|2024-05-01|1|1234.5",
                readProbe(url), "a decimal is a number (1234.500 is stored as the REAL 1234.5), not text");
    }

    private static String readProbe(String url) {
        try (var connection = java.sql.DriverManager.getConnection(url);
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT instant || '|' || local || '|' || time || '|' || day"
                     + " || '|' || flag || '|' || amount FROM probe")) {
            result.next();
            return result.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void unsupportedUrlsNameTheSupportedOnes() {
        ConfigurationException thrown = assertThrows(ConfigurationException.class,
                () -> Database.connect("jdbc:oracle:thin:@//db:1521/x?password=secret"));
        assertTrue(thrown.getMessage().contains("jdbc:postgresql:"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("jdbc:sqlite:"), thrown.getMessage());
        assertTrue(!thrown.getMessage().contains("secret"), "the URL's secrets stay out of the message");
    }

    @Test
    void closingTwiceIsHarmless() {
        Database db = Database.connect("jdbc:sqlite::memory:");
        db.close();
        db.close();
    }

    @Test
    void outerJoinAdviceWorks() throws Exception {
        java.sql.DatabaseMetaData oldMetaData = (java.sql.DatabaseMetaData) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {java.sql.DatabaseMetaData.class},
                (proxy, method, args) -> method.getName().equals("getDatabaseProductVersion") ? "3.38.5" : null);
        java.sql.Connection oldSqlite = (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {java.sql.Connection.class},
                (proxy, method, args) -> method.getName().equals("getMetaData") ? oldMetaData : null);
        UnsupportedOperationException old = org.junit.jupiter.api.Assertions.assertThrows(
                UnsupportedOperationException.class,
                () -> new dev.quarry.internal.sql.SqliteDialect().checkOuterJoins(oldSqlite));
        assertEquals("RIGHT and FULL joins need SQLite 3.39 or later; this database is SQLite 3.38.5: upgrade"
                + " org.xerial:sqlite-jdbc, or write the join as a LEFT join", old.getMessage());
        try (Database db = Database.connect(TestDatabases.sqliteFile(directory))) {
            db.schema(Tables.ALL).createAll();
            Person ada = db.insert(PERSON, new Person("Ada", "ada@example.com", 36));
            db.insert(PERSON, new Person("Bob", "bob@example.com", 20));
            db.insert(dev.quarry.fixture.Visit_.VISIT, new dev.quarry.fixture.Visit(ada.id(), 1, "one"));
            var visit = dev.quarry.fixture.Visit_.VISIT;
            // the upgraded driver (the project's own, 3.39 or later) runs the RIGHT join
            assertEquals(2, db.select(visit).rightJoin(PERSON).on(visit.personId.eq(PERSON.id))
                    .select(PERSON.name, visit.note).fetch().size());
            // the same rows as a LEFT join, for any version
            assertEquals(2, db.select(PERSON).leftJoin(visit).on(visit.personId.eq(PERSON.id))
                    .select(PERSON.name, visit.note).fetch().size());
        }
    }
}
