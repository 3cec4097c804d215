package dev.quarry.it;

import static dev.quarry.it.stamped.Memo_.MEMO;

import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ListenerTests} on MariaDB. */
class ListenerMariadbIT extends ListenerTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(ListenerTests.TABLES)
            .withConfig(config -> config.listener(MEMO, FIRST).listener(MEMO, SECOND));

    ListenerMariadbIT() {
        super(DB);
    }
}
