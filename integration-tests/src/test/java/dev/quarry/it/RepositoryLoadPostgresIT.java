package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RepositoryLoadTests} on PostgreSQL. */
class RepositoryLoadPostgresIT extends RepositoryLoadTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    RepositoryLoadPostgresIT() {
        super(DB);
    }
}
