package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RepositoryLoadWithTests} on MariaDB. */
class RepositoryLoadWithMariadbIT extends RepositoryLoadWithTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    RepositoryLoadWithMariadbIT() {
        super(DB);
    }
}
