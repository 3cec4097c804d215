package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TextTests} on PostgreSQL. */
class TextPostgresIT extends TextTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    TextPostgresIT() {
        super(DB);
    }
}
