package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UpsertByTests} on MariaDB. */
class UpsertByMariadbIT extends UpsertByTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    UpsertByMariadbIT() {
        super(DB);
    }
}
