package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresConnectionTest extends ConnectionBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }
}
