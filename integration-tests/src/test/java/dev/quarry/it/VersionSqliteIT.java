package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link VersionTests} on SQLite. */
class VersionSqliteIT extends VersionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(VersionTests.TABLES);

    VersionSqliteIT() {
        super(DB);
    }
}
