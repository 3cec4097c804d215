package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SubqueryTests} on MariaDB. */
class SubqueryMariadbIT extends SubqueryTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    SubqueryMariadbIT() {
        super(DB);
    }
}
