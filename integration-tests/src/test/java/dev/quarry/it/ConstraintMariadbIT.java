package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ConstraintTests} on MariaDB. */
class ConstraintMariadbIT extends ConstraintTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    ConstraintMariadbIT() {
        super(DB);
    }
}
