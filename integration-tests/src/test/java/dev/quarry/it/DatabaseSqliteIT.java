package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DatabaseTests} on SQLite. */
class DatabaseSqliteIT extends DatabaseTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    DatabaseSqliteIT() {
        super(DB);
    }
}
