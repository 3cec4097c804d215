package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TimestampTests} on PostgreSQL. */
class TimestampPostgresIT extends TimestampTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(TimestampTests.TABLES)
            .withConfig(config -> config.clock(CLOCK));

    TimestampPostgresIT() {
        super(DB);
    }
}
