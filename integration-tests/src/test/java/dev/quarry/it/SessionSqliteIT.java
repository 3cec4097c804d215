package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionTests} on SQLite. */
class SessionSqliteIT extends SessionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(SessionTests.TABLES);

    SessionSqliteIT() {
        super(DB);
    }
}
