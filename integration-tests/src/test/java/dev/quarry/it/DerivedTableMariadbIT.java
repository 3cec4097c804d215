package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DerivedTableTests} on MariaDB. */
class DerivedTableMariadbIT extends DerivedTableTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    DerivedTableMariadbIT() {
        super(DB);
    }
}
