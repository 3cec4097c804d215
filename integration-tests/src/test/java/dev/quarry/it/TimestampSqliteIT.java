package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TimestampTests} on SQLite. */
class TimestampSqliteIT extends TimestampTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(TimestampTests.TABLES)
            .withConfig(config -> config.clock(CLOCK));

    TimestampSqliteIT() {
        super(DB);
    }
}
