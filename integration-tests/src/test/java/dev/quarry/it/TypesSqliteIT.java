package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TypesTests} on SQLite. */
class TypesSqliteIT extends TypesTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    TypesSqliteIT() {
        super(DB);
    }
}
