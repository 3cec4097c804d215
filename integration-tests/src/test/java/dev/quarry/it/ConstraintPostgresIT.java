package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ConstraintTests} on PostgreSQL. */
class ConstraintPostgresIT extends ConstraintTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    ConstraintPostgresIT() {
        super(DB);
    }
}
