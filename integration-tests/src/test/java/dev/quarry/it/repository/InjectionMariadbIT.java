package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link InjectionTests} on MariaDB. */
class InjectionMariadbIT extends InjectionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    InjectionMariadbIT() {
        super(DB);
    }
}
