package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresAsyncTest extends AsyncBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }
}
