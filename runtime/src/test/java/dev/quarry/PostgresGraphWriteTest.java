package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresGraphWriteTest extends GraphWriteBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }
}
