package dev.quarry.cli;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link CliEndToEndTests} on PostgreSQL, in a schema of its own ({@code currentSchema} in the URL);
 * the server is the one in {@code QUARRY_TEST_POSTGRES_URL} (see {@link DatabaseExtension#postgres()}).
 */
class CliEndToEndPostgresTest extends CliEndToEndTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres();

    @Override
    DatabaseExtension database() {
        return DB;
    }

    @Override
    String dialect() {
        return "postgresql";
    }
}
