package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TransactionTests} on MariaDB. */
class TransactionMariadbIT extends TransactionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    TransactionMariadbIT() {
        super(DB);
    }
}
