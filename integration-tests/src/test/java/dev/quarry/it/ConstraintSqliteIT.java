package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ConstraintTests} on SQLite. */
class ConstraintSqliteIT extends ConstraintTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    ConstraintSqliteIT() {
        super(DB);
    }
}
