package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BulkInsertTests} on SQLite. */
class BulkInsertSqliteIT extends BulkInsertTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    BulkInsertSqliteIT() {
        super(DB);
    }
}
