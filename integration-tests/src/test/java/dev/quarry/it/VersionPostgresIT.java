package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link VersionTests} on PostgreSQL. */
class VersionPostgresIT extends VersionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(VersionTests.TABLES);

    VersionPostgresIT() {
        super(DB);
    }
}
