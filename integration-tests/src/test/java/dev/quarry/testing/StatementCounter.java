package dev.quarry.testing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the {@code INSERT} statements run on one table while it is open. On PostgreSQL the
 * database itself counts them, with a statement-level trigger, and the count must match the
 * statements Quarry logged; SQLite and MariaDB have no statement-level triggers, so there the count is the
 * number of statements Quarry logged to {@value TestLogging#SQL_LOGGER}. The database must log its
 * SQL: the integration tests run with {@code -Dquarry.test.logSql=true}
 * ({@link DatabaseExtension#LOG_SQL_PROPERTY}, set in the Failsafe configuration).
 *
 * <pre>{@code
 * try (StatementCounter inserts = StatementCounter.inserts(database, "posts")) {
 *     db.insertAll(POST, posts);
 *     assertEquals(1, inserts.count());
 * }
 * }</pre>
 */
public final class StatementCounter implements AutoCloseable {
    private static final String COUNTS = "quarry_it_statement_counts";

    private final DatabaseExtension database;
    private final String table;
    private final AtomicLong logged = new AtomicLong();
    private final TestLogging.Listening listener;
    private boolean closed;

    private StatementCounter(DatabaseExtension database, String table) {
        if (!database.db().config().logSql()) {
            throw new IllegalStateException("StatementCounter counts the statements Quarry logs, but the database"
                    + " does not log SQL: run with -D" + DatabaseExtension.LOG_SQL_PROPERTY + "=true or register the"
                    + " extension withConfig(config -> config.logSql(true))");
        }
        this.database = database;
        this.table = table;
        String quoted = database.isMariadb() ? "`" + table.replace("`", "``") + "`" : DatabaseExtension.quote(table);
        String prefix = "INSERT INTO " + quoted + " ";
        if (database.isPostgres()) {
            String schema = DatabaseExtension.quote(database.schemaName());
            database.execute(
                    "CREATE TABLE IF NOT EXISTS " + schema + "." + COUNTS + " (table_name text NOT NULL)",
                    "DELETE FROM " + schema + "." + COUNTS,
                    "CREATE OR REPLACE FUNCTION " + schema + ".quarry_it_count_statement() RETURNS trigger"
                            + " LANGUAGE plpgsql AS $$ BEGIN INSERT INTO " + schema + "." + COUNTS
                            + " VALUES (TG_TABLE_NAME); RETURN NULL; END $$",
                    "CREATE TRIGGER quarry_it_count_inserts AFTER INSERT ON " + DatabaseExtension.quote(table)
                            + " FOR EACH STATEMENT EXECUTE FUNCTION " + schema + ".quarry_it_count_statement()");
        }
        this.listener = TestLogging.listen(message -> {
            if (message.startsWith(prefix)) {
                logged.incrementAndGet();
            }
        });
    }

    /** Starts counting the inserts into {@code table} (its SQL name). */
    public static StatementCounter inserts(DatabaseExtension database, String table) {
        return new StatementCounter(database, table);
    }

    /** The number of {@code INSERT} statements on the table so far. */
    public long count() {
        long logCount = logged.get();
        if (!database.isPostgres()) {
            return logCount;
        }
        long executed = database.number("SELECT count(*) FROM " + COUNTS + " WHERE table_name = ?", table);
        if (executed != logCount) {
            throw new AssertionError("PostgreSQL ran " + executed + " INSERT statement(s) on " + table
                    + " but Quarry logged " + logCount);
        }
        return executed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        listener.close();
        if (database.isPostgres()) {
            database.execute("DROP TRIGGER IF EXISTS quarry_it_count_inserts ON " + DatabaseExtension.quote(table));
        }
    }
}
