package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DslGapsTests} on MariaDB. */
class DslGapsMariadbIT extends DslGapsTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    DslGapsMariadbIT() {
        super(DB);
    }
}
