package dev.quarry.testing;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DatabaseExtensionUsageTests} on SQLite. */
class DatabaseExtensionUsageSqliteIT extends DatabaseExtensionUsageTests {
    @RegisterExtension
    static final DatabaseExtension DB = extension(DatabaseExtension.Kind.SQLITE);

    DatabaseExtensionUsageSqliteIT() {
        super(DB);
    }

    @Test
    void theDatabaseIsATemporaryFile() {
        assertNull(DB.schemaName());
        assertTrue(DB.url().startsWith("jdbc:sqlite:") && DB.url().endsWith(".db"), DB.url());
    }
}
