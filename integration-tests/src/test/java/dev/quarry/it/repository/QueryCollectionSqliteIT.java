package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link QueryCollectionTests} on SQLite. */
class QueryCollectionSqliteIT extends QueryCollectionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    QueryCollectionSqliteIT() {
        super(DB);
    }
}
