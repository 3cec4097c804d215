package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TextTests} on SQLite. */
class TextSqliteIT extends TextTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    TextSqliteIT() {
        super(DB);
    }
}
