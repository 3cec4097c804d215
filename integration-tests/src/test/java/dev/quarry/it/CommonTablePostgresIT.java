package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CommonTableTests} on PostgreSQL. */
class CommonTablePostgresIT extends CommonTableTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(tables());

    CommonTablePostgresIT() {
        super(DB);
    }

    private static List<dev.quarry.query.EntityTable<?, ?>> tables() {
        List<dev.quarry.query.EntityTable<?, ?>> tables = new ArrayList<>(Tables.ALL);
        tables.addAll(dev.quarry.it.model.tree.Tables.ALL);
        return tables;
    }
}
