package dev.quarry.cli;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CliEndToEndTests} on a SQLite file. */
class CliEndToEndSqliteTest extends CliEndToEndTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite();

    @Override
    DatabaseExtension database() {
        return DB;
    }

    @Override
    String dialect() {
        return "sqlite";
    }
}
