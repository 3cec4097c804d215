package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ChangeRenderingTests} on PostgreSQL. */
class ChangeRenderingPostgresIT extends ChangeRenderingTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres();

    ChangeRenderingPostgresIT() {
        super(DB);
    }
}
