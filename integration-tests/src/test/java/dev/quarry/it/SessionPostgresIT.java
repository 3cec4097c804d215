package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionTests} on PostgreSQL. */
class SessionPostgresIT extends SessionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(SessionTests.TABLES);

    SessionPostgresIT() {
        super(DB);
    }
}
