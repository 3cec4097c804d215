package dev.quarry.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DatabaseExtensionUsageTests} on PostgreSQL. */
class DatabaseExtensionUsagePostgresIT extends DatabaseExtensionUsageTests {
    @RegisterExtension
    static final DatabaseExtension DB = extension(DatabaseExtension.Kind.POSTGRES);

    DatabaseExtensionUsagePostgresIT() {
        super(DB);
    }

    @Test
    void theDatabaseIsASchemaOfItsOwn() {
        assertNotNull(DB.schemaName());
        assertTrue(DB.url().endsWith("currentSchema=" + DB.schemaName()), DB.url());
    }
}
