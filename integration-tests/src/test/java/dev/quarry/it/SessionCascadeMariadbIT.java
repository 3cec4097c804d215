package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionCascadeTests} on MariaDB. */
class SessionCascadeMariadbIT extends SessionCascadeTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(SessionTests.TABLES);

    SessionCascadeMariadbIT() {
        super(DB);
    }
}
