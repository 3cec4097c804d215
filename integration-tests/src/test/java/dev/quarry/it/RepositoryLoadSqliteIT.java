package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RepositoryLoadTests} on SQLite. */
class RepositoryLoadSqliteIT extends RepositoryLoadTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    RepositoryLoadSqliteIT() {
        super(DB);
    }
}
