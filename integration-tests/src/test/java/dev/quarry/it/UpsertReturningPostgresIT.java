package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UpsertReturningTests} on PostgreSQL. */
class UpsertReturningPostgresIT extends UpsertReturningTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    UpsertReturningPostgresIT() {
        super(DB);
    }
}
