package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SubqueryTests} on PostgreSQL. */
class SubqueryPostgresIT extends SubqueryTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    SubqueryPostgresIT() {
        super(DB);
    }
}
