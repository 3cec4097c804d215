package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link QueryCollectionTests} on PostgreSQL. */
class QueryCollectionPostgresIT extends QueryCollectionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    QueryCollectionPostgresIT() {
        super(DB);
    }
}
