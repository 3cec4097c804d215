package dev.quarry.it;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TimestampTests} on MariaDB. */
class TimestampMariadbIT extends TimestampTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(TimestampTests.TABLES)
            .withConfig(config -> config.clock(CLOCK));

    TimestampMariadbIT() {
        super(DB);
    }
}
