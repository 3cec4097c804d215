package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The N+1 detector's setting in {@link DatabaseConfig}. */
class RepeatedStatementConfigTest {
    @Test
    void offUnlessSet() {
        assertEquals(0, Database.builder("jdbc:sqlite:x.db").build().maxRunsPerStatement());
        assertEquals(0, Database.builder("jdbc:sqlite:x.db").maxRunsPerStatement(0).build().maxRunsPerStatement());
    }

    @Test
    void aLimitIsKeptAndShown() {
        DatabaseConfig config = Database.builder("jdbc:sqlite:x.db").maxRunsPerStatement(10).build();
        assertEquals(10, config.maxRunsPerStatement());
        assertTrue(config.toString().contains(", maxRunsPerStatement=10,"), config.toString());
    }

    @Test
    void aNegativeLimitIsNamed() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Database.builder("jdbc:sqlite:x.db").maxRunsPerStatement(-1).build());
        assertEquals("invalid database configuration: maxRunsPerStatement must be 0 (off) or at least 1 (was -1)",
                thrown.getMessage());
    }
}
