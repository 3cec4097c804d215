package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RepositoryLoadWithTests} on SQLite. */
class RepositoryLoadWithSqliteIT extends RepositoryLoadWithTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    RepositoryLoadWithSqliteIT() {
        super(DB);
    }
}
