package dev.quarry.testing;

/** The databases the integration tests run on. */
public enum TestDialect {
    /** PostgreSQL, from {@link PostgresServer}. */
    POSTGRES,
    /** SQLite, in a temporary file per test class. */
    SQLITE
}
