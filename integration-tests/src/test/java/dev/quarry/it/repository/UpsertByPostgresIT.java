package dev.quarry.it.repository;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UpsertByTests} on PostgreSQL. */
class UpsertByPostgresIT extends UpsertByTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    UpsertByPostgresIT() {
        super(DB);
    }
}
