package dev.quarry.docs;

import static com.example.blog.User_.USER;
import static com.example.dialects.Order_.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.example.blog.Tables;
import com.example.migrations.Walkthrough;
import dev.quarry.Database;
import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationState;
import dev.quarry.migration.Migrations;
import dev.quarry.migration.SchemaChange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples of docs/guide/migrations.md, on SQLite and PostgreSQL, each on an empty database; and
 * what the page claims: the files generate writes, the versions and states, a second generate that
 * writes nothing, refusals of an edited script, a failing script that leaves the previous version.
 * The scripts the walk-through writes must equal the ones under src/test/resources/db/migration,
 * which the start-up sample applies from the class path ({@code -Dquarry.docs.write=true} rewrites them).
 */
class MigrationsGuideTest {
    private static final Path RESOURCES = Pages.root().resolve("docs/src/test/resources/db/migration");

    @TempDir
    Path dir;

    @Test
    void sqlite() throws IOException {
        walkThrough(sqliteUrl("blog"), "sqlite");
        startUp(sqliteUrl("started"), sqliteUrl("listened"));
    }

    @Test
    void postgres() throws IOException {
        walkThrough(Blog.postgresUrl(), "postgresql");
        startUp(Blog.postgresUrl(), Blog.postgresUrl());
    }

    /** The page's claim about SQLite files of an earlier Quarry: a generated migration rebuilds their decimal columns. */
    @Test
    void sqliteTextDecimalsAreRebuiltByAMigration() throws IOException {
        try (Database db = Database.connect(sqliteUrl("old"))) {
            db.text("CREATE TABLE \"orders\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"amount\" TEXT NOT NULL)").execute();
            db.text("INSERT INTO \"orders\" (\"amount\") VALUES ('1234.500')").execute();
            Migrations migrations = db.migrations(MigrationConfig.builder()
                    .model(List.of(ORDER)).directory(dir.resolve("decimals")).build());
            GeneratedMigration migration = migrations.generate("decimals as numeric").orElseThrow();
            assertEquals("[alter column orders.amount (type)]", migration.diff().changes().toString());
            String up = Files.readString(migration.upScript());
            assertTrue(up.contains("Rebuilds table orders") && up.contains("\"amount\" NUMERIC NOT NULL"), up);
            migrations.upgrade();
            migrations.check();
            assertEquals("real", db.text("SELECT typeof(\"amount\") FROM \"orders\"").as(String.class).one());
            assertEquals(1, db.select(ORDER).where(ORDER.amount.eq(new BigDecimal("1234.500"))).count());
        }
    }

    /**
     * The page's recipe for a database made by {@code createAll()} before migrations: the scripts,
     * generated against an empty database, are recorded on it with {@code baseline} without running,
     * and a new database gets every table from them.
     */
    @Test
    void adoptAnExistingDatabase() {
        for (String dialect : List.of("sqlite", "postgresql")) {
            String existing = dialect.equals("sqlite") ? sqliteUrl("existing") : Blog.postgresUrl();
            try (Database db = Blog.seeded(Database.connect(existing))) {
                Migrations migrations = db.migrations(MigrationConfig.builder()
                        .model(Tables.ALL).directory(RESOURCES).build());
                assertEquals(List.of("1", "2"),
                        Walkthrough.adopt(migrations).stream().map(MigrationInfo::version).toList());
                assertEquals(3, db.select(USER).count(), "baseline runs no script: the rows stay");
                assertTrue(migrations.generate("nothing").isEmpty());
                assertTrue(migrations.upgrade().isEmpty());
            }
            String fresh = dialect.equals("sqlite") ? sqliteUrl("fresh") : Blog.postgresUrl();
            try (Database db = Database.connect(fresh)) {
                Migrations migrations = db.migrations(MigrationConfig.builder()
                        .model(Tables.ALL).directory(RESOURCES).build());
                assertEquals(2, migrations.upgrade().size());
                migrations.check();
            }
        }
    }

    private void walkThrough(String url, String dialect) throws IOException {
        Path scripts = dir.resolve("migration-" + dialect);
        Path folder = scripts.resolve(dialect);
        try (Database db = Database.connect(url)) {
            GeneratedMigration first = Walkthrough.firstVersion(db, scripts);
            assertEquals("1", first.version());
            assertEquals(folder.resolve("V1__create_users.sql"), first.upScript());
            assertEquals(folder.resolve("U1__create_users.sql"), first.downScript());

            Migrations migrations = Walkthrough.migrations(db, scripts);
            String mismatch = Walkthrough.check(migrations);
            assertEquals("the database schema differs from the model (3 changes); generate a migration or upgrade:\n"
                    + "  create table posts\n  create table tags\n  create table post_tags", mismatch);

            GeneratedMigration second = Walkthrough.generate(migrations).orElseThrow();
            assertEquals("2", second.version());
            assertEquals("add posts and tags", second.description());
            assertEquals(folder.resolve("V2__add_posts_and_tags.sql"), second.upScript());
            assertEquals("  create table posts\n  create table tags\n  create table post_tags", second.diff().toString());
            assertEquals(List.of("U1__create_users.sql", "U2__add_posts_and_tags.sql", "V1__create_users.sql",
                    "V2__add_posts_and_tags.sql"), files(folder));
            assertEquals(List.of("1 create users APPLIED", "2 add posts and tags PENDING"), Walkthrough.history(migrations));
            assertTrue(Files.readString(second.upScript()).startsWith("-- Migration 2: add posts and tags\n-- Dialect: "
                    + dialect + "\n-- Generated by Quarry: review before applying.\n"));

            assertEquals("2", Walkthrough.upgrade(migrations));
            assertTrue(Walkthrough.generate(migrations).isEmpty(), "a second generate writes nothing");
            assertEquals(4, files(folder).size());
            assertEquals("the database matches the model", Walkthrough.check(migrations));
            assertEquals(List.of("1 create users APPLIED", "2 add posts and tags APPLIED"), Walkthrough.history(migrations));
            MigrationInfo current = migrations.current().orElseThrow();
            assertTrue(current.installedOn() != null && current.executionTime() != null && current.undoable());

            assertEquals("1", Walkthrough.downgradeOne(migrations));
            assertEquals(List.of("1 create users APPLIED", "2 add posts and tags PENDING"), Walkthrough.history(migrations));
            MigrationException behind = assertThrows(MigrationException.class, () -> migrations.generate("more"));
            assertTrue(behind.getMessage().startsWith("the database is not at the newest script: 1 pending ("),
                    behind.getMessage());
            assertEquals(Optional.empty(), Walkthrough.downgradeAll(migrations));
            List<SchemaChange> toCreate = migrations.diff().changes();
            assertEquals(4, toCreate.size(), toCreate::toString);
            assertTrue(toCreate.stream().allMatch(SchemaChange.CreateTable.class::isInstance), toCreate::toString);

            sameAsResources(folder, dialect);
            refusals(db, migrations, folder);
        }
    }

    /** An edited applied script, a failing script, a script older than the applied version. */
    private static void refusals(Database db, Migrations migrations, Path folder) throws IOException {
        assertEquals(2, migrations.upgrade().size());
        Path v1 = folder.resolve("V1__create_users.sql");
        String original = Files.readString(v1);
        Files.writeString(v1, "-- edited\n", StandardOpenOption.APPEND);
        MigrationException changed = assertThrows(MigrationException.class, migrations::upgrade);
        assertTrue(changed.getMessage().startsWith("the scripts and the history table disagree; nothing was run:\n"
                + "  V1__create_users.sql has changed since it was applied"), changed.getMessage());
        assertEquals(MigrationState.CHANGED, migrations.history().get(0).state());
        Files.writeString(v1, original);

        Files.writeString(folder.resolve("V3__add_nickname.sql"), "ALTER TABLE \"users\" ADD COLUMN \"nickname\" TEXT;\n"
                + "INSERT INTO \"no_such_table\" VALUES (1);\n");
        MigrationException failed = assertThrows(MigrationException.class, migrations::upgrade);
        assertTrue(failed.getMessage().startsWith("V3__add_nickname.sql failed at statement 2 of 2: "), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("It was rolled back; the database stays at version 2."), failed.getMessage());
        assertEquals("2", migrations.current().orElseThrow().version());
        assertEquals(0, migrations.diff().changes().size(), "the column of the failed script was rolled back");
        Files.delete(folder.resolve("V3__add_nickname.sql"));

        Files.writeString(folder.resolve("V1.5__late.sql"), "SELECT 1;\n");
        MigrationException gap = assertThrows(MigrationException.class, migrations::upgrade);
        assertTrue(gap.getMessage().startsWith("script V1.5__late.sql is older than the applied version 2 but was"
                + " never applied"), gap.getMessage());
        Files.delete(folder.resolve("V1.5__late.sql"));

        MigrationException inBlock = assertThrows(MigrationException.class,
                () -> db.transaction(tx -> migrations.upgrade()));
        assertTrue(inBlock.getMessage().startsWith("migrations run in transactions of their own"), inBlock.getMessage());

        MigrationException noUndo = assertThrows(MigrationException.class, () -> migrations.downgrade(3));
        assertEquals("cannot downgrade 3 steps: only 2 migrations are applied", noUndo.getMessage());
        assertEquals(2, migrations.downgradeTo("0").size());
    }

    private static void startUp(String url, String listenedUrl) {
        try (Database db = Walkthrough.start(url)) {
            assertEquals("2", db.migrations().current().orElseThrow().version());
            db.migrations(MigrationConfig.builder().model(Tables.ALL).build()).check();
            assertTrue(db.migrations().upgrade().isEmpty(), "a second start applies nothing");
        }
        try (Database db = Database.connect(listenedUrl)) {
            List<String> log = new ArrayList<>();
            Walkthrough.withProgress(db, log).upgrade();
            assertEquals(List.of("UP 1 create users", "UP 2 add posts and tags"), log);
        }
    }

    /** The scripts the walk-through wrote are the ones the start-up sample reads from the class path. */
    private static void sameAsResources(Path folder, String dialect) throws IOException {
        Path resources = RESOURCES.resolve(dialect);
        boolean write = Boolean.getBoolean("quarry.docs.write");
        List<String> stale = new ArrayList<>();
        for (String name : files(folder)) {
            String generated = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            Path resource = resources.resolve(name);
            if (!Files.isRegularFile(resource) || !Files.readString(resource, StandardCharsets.UTF_8).equals(generated)) {
                stale.add(resource.toString());
                if (write) {
                    Files.createDirectories(resources);
                    Files.writeString(resource, generated, StandardCharsets.UTF_8);
                }
            }
        }
        if (Files.isDirectory(resources) && !files(resources).equals(files(folder))) {
            stale.add(resources + " holds other files: " + files(resources));
        }
        if (!stale.isEmpty() && !write) {
            fail("The class-path scripts differ from what the walk-through generates:\n  " + String.join("\n  ", stale)
                    + "\nRewrite them with -Dquarry.docs.write=true");
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private String sqliteUrl(String name) {
        return "jdbc:sqlite:" + dir.resolve(name + ".db");
    }
}
