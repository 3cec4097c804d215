package dev.quarry.testing;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcStatementCountTests} on PostgreSQL. */
class JdbcStatementCountPostgresIT extends JdbcStatementCountTests {
    @RegisterExtension
    static final DatabaseExtension DB = extension(TestDialect.POSTGRES);

    JdbcStatementCountPostgresIT() {
        super(DB);
    }
}
