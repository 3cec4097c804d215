package dev.quarry.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Tables;
import com.example.migrations.Walkthrough;
import dev.quarry.Database;
import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationState;
import dev.quarry.migration.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of docs/guide/migrations.md, on empty SQLite and PostgreSQL databases. */
class MigrationsGuideTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() {
        walkThrough(() -> Database.connect("jdbc:sqlite:" + dir.resolve("blog-" + UUID.randomUUID() + ".db")));
    }

    @Test
    void postgres() {
        walkThrough(() -> Database.connect(Blog.postgresUrl()));
    }

    private void walkThrough(java.util.function.Supplier<Database> empty) {
        Path scripts = dir.resolve("db/migration");
        try (Database db = empty.get()) {
            Migrations migrations = Walkthrough.migrations(db, scripts);
            GeneratedMigration created = Walkthrough.generate(migrations);
            assertEquals("1", created.version());
            assertEquals(scripts.resolve(db.dialectName()).resolve("V1__create_blog.sql"), created.upScript());
            assertTrue(Files.exists(created.downScript()), "the undo script is written beside it");
            assertEquals("none", Walkthrough.where(migrations));

            List<MigrationInfo> applied = Walkthrough.upgrade(migrations);
            assertEquals(List.of("1"), applied.stream().map(MigrationInfo::version).toList());
            assertEquals("1", Walkthrough.where(migrations));
            assertEquals(MigrationState.APPLIED, migrations.history().get(0).state());
            assertTrue(migrations.generate("nothing new").isEmpty(), "an unchanged model writes nothing");

            Walkthrough.downgrade(migrations);
            assertEquals("none", Walkthrough.where(migrations));
            assertEquals(1, Walkthrough.withProgress(db, scripts).upgrade().size());
            assertEquals(0, db.poolStats().active());
        }
        // a new database brought up at start-up from the class path (docs/src/test/resources/db/migration)
        try (Database db = empty.get()) {
            Walkthrough.startUp(db);
            db.migrations(MigrationConfig.builder().model(Tables.ALL).build()).check();
        }
    }
}
