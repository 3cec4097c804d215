package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ExpressionTests} on MariaDB. */
class ExpressionMariadbIT extends ExpressionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    ExpressionMariadbIT() {
        super(DB);
    }
}
