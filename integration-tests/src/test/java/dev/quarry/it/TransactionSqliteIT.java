package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TransactionTests} on SQLite. */
class TransactionSqliteIT extends TransactionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    TransactionSqliteIT() {
        super(DB);
    }
}
