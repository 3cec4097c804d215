package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link KeysetTests} on PostgreSQL. */
class KeysetPostgresIT extends KeysetTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    KeysetPostgresIT() {
        super(DB);
    }
}
