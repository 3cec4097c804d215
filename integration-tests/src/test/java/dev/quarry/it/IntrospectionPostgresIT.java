package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link IntrospectionTests} on PostgreSQL. */
class IntrospectionPostgresIT extends IntrospectionTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres();

    IntrospectionPostgresIT() {
        super(DB);
    }
}
