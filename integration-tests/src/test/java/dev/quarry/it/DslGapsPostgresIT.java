package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DslGapsTests} on PostgreSQL. */
class DslGapsPostgresIT extends DslGapsTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    DslGapsPostgresIT() {
        super(DB);
    }
}
