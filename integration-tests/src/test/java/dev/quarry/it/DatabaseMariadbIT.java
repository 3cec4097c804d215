package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DatabaseTests} on MariaDB. */
class DatabaseMariadbIT extends DatabaseTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    DatabaseMariadbIT() {
        super(DB);
    }
}
