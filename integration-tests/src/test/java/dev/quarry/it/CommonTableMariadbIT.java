package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CommonTableTests} on MariaDB. */
class CommonTableMariadbIT extends CommonTableTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(tables());

    CommonTableMariadbIT() {
        super(DB);
    }

    private static List<dev.quarry.query.EntityTable<?, ?>> tables() {
        List<dev.quarry.query.EntityTable<?, ?>> tables = new ArrayList<>(Tables.ALL);
        tables.addAll(dev.quarry.it.model.tree.Tables.ALL);
        return tables;
    }
}
