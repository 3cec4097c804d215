package dev.quarry.it;

import dev.quarry.it.model.Tables;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ExpressionTests} on PostgreSQL. */
class ExpressionPostgresIT extends ExpressionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    ExpressionPostgresIT() {
        super(DB);
    }
}
