package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaTests} on MariaDB. */
class SchemaMariadbIT extends SchemaTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb();

    SchemaMariadbIT() {
        super(DB);
    }
}
