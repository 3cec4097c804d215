package dev.quarry.it;

import dev.quarry.it.graph.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RelationshipTests} on MariaDB. */
class RelationshipMariadbIT extends RelationshipTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);

    RelationshipMariadbIT() {
        super(DB);
    }
}
