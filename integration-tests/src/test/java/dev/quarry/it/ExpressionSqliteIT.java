package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ExpressionTests} on SQLite. */
class ExpressionSqliteIT extends ExpressionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    ExpressionSqliteIT() {
        super(DB);
    }
}
