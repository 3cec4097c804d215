package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DslGapsTests} on SQLite. */
class DslGapsSqliteIT extends DslGapsTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    DslGapsSqliteIT() {
        super(DB);
    }
}
