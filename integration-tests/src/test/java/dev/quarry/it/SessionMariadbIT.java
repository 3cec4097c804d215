package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionTests} on MariaDB. */
class SessionMariadbIT extends SessionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(SessionTests.TABLES);

    SessionMariadbIT() {
        super(DB);
    }
}
