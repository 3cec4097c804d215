package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ChangeRenderingTests} on SQLite. */
class ChangeRenderingSqliteIT extends ChangeRenderingTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite();

    ChangeRenderingSqliteIT() {
        super(DB);
    }
}
