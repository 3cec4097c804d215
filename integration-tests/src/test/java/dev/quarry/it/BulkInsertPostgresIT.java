package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BulkInsertTests} on PostgreSQL. */
class BulkInsertPostgresIT extends BulkInsertTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    BulkInsertPostgresIT() {
        super(DB);
    }
}
