package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link IntrospectionTests} on SQLite. */
class IntrospectionSqliteIT extends IntrospectionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite();

    IntrospectionSqliteIT() {
        super(DB);
    }
}
