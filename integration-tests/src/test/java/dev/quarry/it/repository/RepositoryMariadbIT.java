package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RepositoryTests} on MariaDB. */
class RepositoryMariadbIT extends RepositoryTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    RepositoryMariadbIT() {
        super(DB);
    }
}
