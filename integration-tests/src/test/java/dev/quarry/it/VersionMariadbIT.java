package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link VersionTests} on MariaDB. */
class VersionMariadbIT extends VersionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(VersionTests.TABLES);

    VersionMariadbIT() {
        super(DB);
    }
}
