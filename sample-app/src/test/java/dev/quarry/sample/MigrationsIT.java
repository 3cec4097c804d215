package dev.quarry.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Database;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationState;
import dev.quarry.sample.domain.Tables;
import dev.quarry.testing.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sample's migrations on PostgreSQL (its SQLite run is in {@link AppIT}): they create the
 * schema the model describes, and undo it.
 */
class MigrationsIT {
    @Test
    void theClassPathScriptsCreateWhatTheModelDescribesOnPostgres() throws Exception {
        PostgresServer server = PostgresServer.get();
        String schema = "sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Database db = Database.connect(url)) {
            var migrations = db.migrations(MigrationConfig.builder().model(Tables.ALL).build());
            assertEquals(List.of("1"), migrations.upgrade().stream().map(MigrationInfo::version).toList());
            migrations.check();
            assertEquals(MigrationState.APPLIED, migrations.history().get(0).state());
            assertEquals(1, migrations.downgradeTo("0").size());
            try (Connection connection = server.connect(); Statement statement = connection.createStatement();
                    ResultSet tables = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
                            + " WHERE table_schema = '" + schema + "' AND table_name <> 'quarry_schema_history'")) {
                tables.next();
                assertEquals(0, tables.getInt(1), "tables left after undoing every migration");
            }
        } finally {
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
