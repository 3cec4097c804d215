package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DecimalTests} on PostgreSQL. */
class DecimalPostgresIT extends DecimalTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    DecimalPostgresIT() {
        super(DB);
    }
}
