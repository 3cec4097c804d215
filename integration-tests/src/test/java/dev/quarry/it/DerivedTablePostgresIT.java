package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DerivedTableTests} on PostgreSQL. */
class DerivedTablePostgresIT extends DerivedTableTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    DerivedTablePostgresIT() {
        super(DB);
    }
}
