package dev.quarry.testing;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcStatementCountTests} on SQLite. */
class JdbcStatementCountSqliteIT extends JdbcStatementCountTests {
    @RegisterExtension
    static final DatabaseExtension DB = extension(DatabaseExtension.Kind.SQLITE);

    JdbcStatementCountSqliteIT() {
        super(DB);
    }
}
