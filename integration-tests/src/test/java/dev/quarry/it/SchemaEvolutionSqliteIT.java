package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaEvolutionTests} on SQLite. */
class SchemaEvolutionSqliteIT extends SchemaEvolutionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite();

    SchemaEvolutionSqliteIT() {
        super(DB);
    }
}
