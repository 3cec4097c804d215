package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionCascadeTests} on PostgreSQL. */
class SessionCascadePostgresIT extends SessionCascadeTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(SessionTests.TABLES);

    SessionCascadePostgresIT() {
        super(DB);
    }
}
