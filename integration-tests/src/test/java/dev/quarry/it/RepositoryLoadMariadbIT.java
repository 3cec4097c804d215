package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RepositoryLoadTests} on MariaDB. */
class RepositoryLoadMariadbIT extends RepositoryLoadTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    RepositoryLoadMariadbIT() {
        super(DB);
    }
}
