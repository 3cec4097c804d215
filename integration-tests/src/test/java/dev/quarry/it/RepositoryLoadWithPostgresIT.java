package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RepositoryLoadWithTests} on PostgreSQL. */
class RepositoryLoadWithPostgresIT extends RepositoryLoadWithTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    RepositoryLoadWithPostgresIT() {
        super(DB);
    }
}
