package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BulkInsertTests} on MariaDB. */
class BulkInsertMariadbIT extends BulkInsertTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    BulkInsertMariadbIT() {
        super(DB);
    }
}
