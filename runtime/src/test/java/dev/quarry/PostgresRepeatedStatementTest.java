package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresRepeatedStatementTest extends RepeatedStatementBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }
}
