package dev.quarry.testing;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcStatementCountTests} on PostgreSQL. */
class JdbcStatementCountPostgresIT extends JdbcStatementCountTests {
    @RegisterExtension
    static final DatabaseExtension DB = extension(DatabaseExtension.Kind.POSTGRES);

    JdbcStatementCountPostgresIT() {
        super(DB);
    }
}
