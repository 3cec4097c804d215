package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaTests} on PostgreSQL. */
class SchemaPostgresIT extends SchemaTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres();

    SchemaPostgresIT() {
        super(DB);
    }
}
