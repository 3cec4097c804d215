package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaTests} on SQLite. */
class SchemaSqliteIT extends SchemaTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite();

    SchemaSqliteIT() {
        super(DB);
    }
}
