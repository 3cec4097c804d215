package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Tables;
import dev.quarry.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests that run against a real database, once per dialect: one database per test
 * class, freshly created tables per test, and a connection-leak check after each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTestBase {
    protected Database db;
    private String url;

    /** The JDBC URL of the database under test (called once per test class). */
    protected abstract String url();

    /** Opens the database under test. */
    protected Database open(String url) {
        return Database.builder(url).maximumPoolSize(4).minimumIdle(0).connect();
    }

    @BeforeEach
    void freshSchema() {
        if (db == null) {
            url = url();
            db = open(url);
        }
        Schema schema = db.schema(Tables.ALL);
        schema.dropAll();
        schema.createAll();
    }

    @AfterEach
    void noConnectionLeaks() {
        assertEquals(0, db.poolStats().active(), "connections still borrowed after the test");
        assertFalse(db.inTransaction());
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** Runs SQL outside Quarry, on a connection of its own. */
    protected void executeDirectly(String sql) {
        TestDatabases.execute(url, sql);
    }

    static Person person(String name, int age) {
        return new Person(name, name.toLowerCase() + "@example.com", age);
    }
}
