package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link QueryCollectionTests} on MariaDB. */
class QueryCollectionMariadbIT extends QueryCollectionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    QueryCollectionMariadbIT() {
        super(DB);
    }
}
