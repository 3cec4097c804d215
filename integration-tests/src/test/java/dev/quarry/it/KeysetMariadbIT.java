package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link KeysetTests} on MariaDB. */
class KeysetMariadbIT extends KeysetTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    KeysetMariadbIT() {
        super(DB);
    }
}
