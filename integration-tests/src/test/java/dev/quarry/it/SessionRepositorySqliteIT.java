package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionRepositoryTests} on SQLite. */
class SessionRepositorySqliteIT extends SessionRepositoryTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(SessionTests.TABLES);

    SessionRepositorySqliteIT() {
        super(DB);
    }
}
