package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UpsertReturningTests} on SQLite. */
class UpsertReturningSqliteIT extends UpsertReturningTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    UpsertReturningSqliteIT() {
        super(DB);
    }
}
