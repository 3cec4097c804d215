package dev.quarry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DatabaseExtensionUsageTests} on MariaDB. */
class DatabaseExtensionUsageMariadbIT extends DatabaseExtensionUsageTests {
    @RegisterExtension
    static final DatabaseExtension DB = extension(DatabaseExtension.Kind.MARIADB);

    DatabaseExtensionUsageMariadbIT() {
        super(DB);
    }

    @Test
    void theDatabaseIsADatabaseOfItsOwn() {
        assertNull(DB.schemaName());
        assertTrue(DB.databaseName().startsWith("quarry_test_databaseextensionusagemariadbit_"), DB.databaseName());
        assertTrue(DB.url().startsWith("jdbc:mariadb://") && DB.url().contains("/" + DB.databaseName()), DB.url());
        assertEquals(List.of(DB.databaseName()), DB.strings("SELECT DATABASE()"));
    }
}
