package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DerivedTableTests} on SQLite. */
class DerivedTableSqliteIT extends DerivedTableTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    DerivedTableSqliteIT() {
        super(DB);
    }
}
