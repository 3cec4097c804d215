package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionRepositoryTests} on PostgreSQL. */
class SessionRepositoryPostgresIT extends SessionRepositoryTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(SessionTests.TABLES);

    SessionRepositoryPostgresIT() {
        super(DB);
    }
}
