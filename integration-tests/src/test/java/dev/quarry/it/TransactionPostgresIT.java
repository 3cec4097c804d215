package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TransactionTests} on PostgreSQL. */
class TransactionPostgresIT extends TransactionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    TransactionPostgresIT() {
        super(DB);
    }
}
