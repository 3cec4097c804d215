package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RelationshipTests} on SQLite. */
class RelationshipSqliteIT extends RelationshipTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    RelationshipSqliteIT() {
        super(DB);
    }
}
