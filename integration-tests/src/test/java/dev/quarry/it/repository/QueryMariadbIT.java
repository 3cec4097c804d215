package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link QueryTests} on MariaDB. */
class QueryMariadbIT extends QueryTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    QueryMariadbIT() {
        super(DB);
    }
}
