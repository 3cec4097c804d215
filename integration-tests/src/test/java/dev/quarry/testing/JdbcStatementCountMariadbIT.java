package dev.quarry.testing;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcStatementCountTests} on MariaDB. */
class JdbcStatementCountMariadbIT extends JdbcStatementCountTests {
    @RegisterExtension
    static final DatabaseExtension DB = extension(DatabaseExtension.Kind.MARIADB);

    JdbcStatementCountMariadbIT() {
        super(DB);
    }
}
