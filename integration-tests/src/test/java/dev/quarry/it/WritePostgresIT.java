package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WriteTests} on PostgreSQL. */
class WritePostgresIT extends WriteTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    WritePostgresIT() {
        super(DB);
    }
}
