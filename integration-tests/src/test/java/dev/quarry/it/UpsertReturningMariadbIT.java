package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UpsertReturningTests} on MariaDB. */
class UpsertReturningMariadbIT extends UpsertReturningTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    UpsertReturningMariadbIT() {
        super(DB);
    }
}
