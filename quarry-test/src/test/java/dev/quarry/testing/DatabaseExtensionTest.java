package dev.quarry.testing;

import static dev.quarry.testing.model.Tables.AUTHOR;
import static dev.quarry.testing.model.Tables.BOOK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.testing.DatabaseExtension.Kind;
import dev.quarry.testing.model.Tables;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link DatabaseExtension} does before it is registered: no database needed. */
class DatabaseExtensionTest {

    @Test
    void factoriesNameTheKind() {
        assertEquals(Kind.POSTGRES, DatabaseExtension.postgres().kind());
        assertTrue(DatabaseExtension.postgres().isPostgres());
        assertEquals(Kind.SQLITE, DatabaseExtension.sqlite().kind());
        assertFalse(DatabaseExtension.of(Kind.SQLITE).isPostgres());
    }

    @Test
    void withMethodsReturnANewExtensionAndLeaveTheOriginalAlone() {
        DatabaseExtension plain = DatabaseExtension.sqlite();
        DatabaseExtension withTables = plain.withTables(Tables.ALL);
        DatabaseExtension watched = withTables.withMaxRunsPerStatement(3);

        assertEquals(List.of(), plain.tables());
        assertEquals(2, withTables.tables().size());
        assertEquals(0, withTables.maxRunsPerStatement());
        assertEquals(3, watched.maxRunsPerStatement());
        assertEquals(2, watched.tables().size());
    }

    @Test
    void tablesComeReferencedTablesFirstAndOnce() {
        DatabaseExtension extension = DatabaseExtension.postgres().withTables(BOOK, AUTHOR).withTables(List.of(BOOK));
        assertEquals(List.of(AUTHOR, BOOK), extension.tables());
    }

    @Test
    void theDatabaseIsNotThereBeforeTheClassRuns() {
        DatabaseExtension extension = DatabaseExtension.sqlite();
        IllegalStateException db = assertThrows(IllegalStateException.class, extension::db);
        assertEquals("DatabaseExtension.db() is available only while the test class runs (from before its"
                + " @BeforeAll methods until after its @AfterAll methods); register the extension with"
                + " @RegisterExtension on a static field", db.getMessage());
        IllegalStateException url = assertThrows(IllegalStateException.class, extension::url);
        assertTrue(url.getMessage().startsWith("DatabaseExtension.url() is available only while"), url.getMessage());
        assertNull(extension.schemaName());
    }

    @Test
    void theStatementLimitMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseExtension.postgres().withMaxRunsPerStatement(0));
        assertEquals("maxRunsPerStatement must be at least 1 (was 0)", e.getMessage());
    }

    @Test
    void nullsAreRejectedByName() {
        assertEquals("kind", assertThrows(NullPointerException.class, () -> DatabaseExtension.of(null)).getMessage());
        assertEquals("configurer", assertThrows(NullPointerException.class,
                () -> DatabaseExtension.sqlite().withConfig(null)).getMessage());
        assertEquals("tables", assertThrows(NullPointerException.class,
                () -> DatabaseExtension.sqlite().withTables((List<dev.quarry.query.EntityTable<?, ?>>) null))
                .getMessage());
    }

    @Test
    void quoteDoublesInnerQuotes() {
        assertEquals("\"users\"", DatabaseExtension.quote("users"));
        assertEquals("\"a\"\"b\"", DatabaseExtension.quote("a\"b"));
    }
}
