package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresValueTypeTest extends ValueTypeBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }
}
