package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RelationshipTests} on PostgreSQL. */
class RelationshipPostgresIT extends RelationshipTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    RelationshipPostgresIT() {
        super(DB);
    }
}
