package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresDslTest extends DslBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }
}
