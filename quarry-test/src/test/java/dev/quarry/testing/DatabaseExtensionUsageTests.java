package dev.quarry.testing;

import static dev.quarry.testing.model.Tables.AUTHOR;
import static dev.quarry.testing.model.Tables.BOOK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import dev.quarry.testing.model.Author;
import dev.quarry.testing.model.Book;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@link DatabaseExtension} used the way an application's tests use it; run on each database by a
 * subclass that registers the extension with {@code withTables(BOOK, AUTHOR)} (the referencing
 * table first) and {@link #POOL_NAME} as the pool's name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DatabaseExtensionUsageTests {
    static final String POOL_NAME = "quarry-test-usage";

    private final DatabaseExtension database;

    DatabaseExtensionUsageTests(DatabaseExtension database) {
        this.database = database;
    }

    static DatabaseExtension extension(DatabaseExtension.Kind kind) {
        return DatabaseExtension.of(kind)
                .withTables(BOOK, AUTHOR)
                .withConfig(config -> config.poolName(POOL_NAME));
    }

    @Test
    @Order(1)
    void tablesAreCreatedReferencedTablesFirst(Database db) {
        Author ann = db.insert(AUTHOR, Author.named("Ann"));
        db.insert(BOOK, Book.of(ann.id(), "First"));
        assertEquals(1L, ann.id());
        assertEquals(List.of("First"), database.strings("SELECT title FROM books"));
    }

    @Test
    @Order(2)
    void eachTestFindsTheTablesEmptyWithTheirKeysRestarted(Database db) {
        assertEquals(0, database.number("SELECT count(*) FROM books"));
        assertEquals(0, db.select(AUTHOR).count());
        Author bob = db.insert(AUTHOR, Author.named("Bob"));
        assertEquals(1L, bob.id());
    }

    @Test
    void theDatabaseAndTheExtensionAreTestMethodParameters(Database db, DatabaseExtension extension) {
        assertSame(database.db(), db);
        assertSame(database, extension);
    }

    @Test
    void configurersChangeTheConfigAfterTheDefaults(Database db) {
        assertEquals(POOL_NAME, db.config().poolName());
        assertEquals(4, db.config().maximumPoolSize());
        assertEquals(database.url(), db.config().url());
    }

    @Test
    void statementsOfTheDatabaseAreCountedAtTheDriver(Database db) {
        Author ann = db.insert(AUTHOR, Author.named("Ann"));
        try (StatementCount count = JdbcStatements.count()) {
            assertEquals("Ann", db.get(AUTHOR, ann.id()).orElseThrow().name());
            assertEquals(1, count.total(), count::toString);
            assertTrue(count.statements().get(0).startsWith("SELECT"), count::toString);
        }
    }

    @Test
    void plainJdbcHelpersSeeTheSameDatabase(Database db) throws Exception {
        database.execute("INSERT INTO authors (name) VALUES ('Cy')", "INSERT INTO authors (name) VALUES ('Dee')");
        assertEquals(2, db.select(AUTHOR).count());
        assertEquals(List.of(List.of("Dee")), database.query("SELECT name FROM authors WHERE name > ?", "Cy"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertEquals(2, statement.executeUpdate("DELETE FROM authors"));
        }
        assertEquals(0, database.number("SELECT count(*) FROM authors"));
    }
}
