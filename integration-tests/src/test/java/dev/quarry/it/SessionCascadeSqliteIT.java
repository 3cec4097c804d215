package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionCascadeTests} on SQLite. */
class SessionCascadeSqliteIT extends SessionCascadeTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(SessionTests.TABLES);

    SessionCascadeSqliteIT() {
        super(DB);
    }
}
