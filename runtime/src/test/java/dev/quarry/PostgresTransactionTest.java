package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresTransactionTest extends TransactionBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }
}
