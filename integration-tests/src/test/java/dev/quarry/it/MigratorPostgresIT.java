package dev.quarry.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import dev.quarry.testing.DatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link MigratorTests} on PostgreSQL, and its advisory lock. */
class MigratorPostgresIT extends MigratorTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres();

    MigratorPostgresIT() {
        super(DB);
    }

    @Test
    void aMigratorWaitsWhileAnotherHoldsTheLockAndReleasesItAfterwards() throws Exception {
        script("V1__create_authors.sql", V1);
        String history = "lock_test_history";
        // the key every migrator with this history table agrees on: "Quar" and the name's hash
        long key = 0x5175_6172_0000_0000L | (history.hashCode() & 0xFFFF_FFFFL);
        Migrations migrations = db().migrations(MigrationConfig.builder().directory(directory).historyTable(history).build());
        try (Connection holder = DB.connect(); Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + key + ")");
            CompletableFuture<List<MigrationInfo>> run = CompletableFuture.supplyAsync(migrations::upgrade);
            Thread.sleep(500);
            assertFalse(run.isDone(), "the migrator waits for the lock");
            assertEquals(List.of(), tables());
            statement.execute("SELECT pg_advisory_unlock(" + key + ")");
            assertEquals(List.of("1"), versions(run.get(30, SECONDS)));
            try (ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + key + ")")) {
                assertTrue(result.next() && result.getBoolean(1), "the migrator released the lock");
            }
            statement.execute("SELECT pg_advisory_unlock(" + key + ")");
        }
        assertEquals(List.of("authors", history), tables());
    }
}
