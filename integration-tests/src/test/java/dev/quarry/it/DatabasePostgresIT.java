package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DatabaseTests} on PostgreSQL. */
class DatabasePostgresIT extends DatabaseTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    DatabasePostgresIT() {
        super(DB);
    }
}
