package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SchemaEvolutionTests} on PostgreSQL. */
class SchemaEvolutionPostgresIT extends SchemaEvolutionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres();

    SchemaEvolutionPostgresIT() {
        super(DB);
    }
}
