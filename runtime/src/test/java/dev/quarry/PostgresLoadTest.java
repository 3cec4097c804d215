package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresLoadTest extends LoadBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }

    @Override
    protected boolean arrays() {
        return true;
    }
}
