package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Tables;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationListener;
import dev.quarry.migration.MigrationState;
import dev.quarry.migration.Migrations;
import dev.quarry.testing.DatabaseExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applying and undoing hand-written scripts with {@code Migrations}: versions, the history table,
 * transactions per migration, the refusals that run nothing, and concurrent migrators. Each test
 * starts and ends with no tables in the database.
 */
abstract class MigratorTests extends DialectTests {
    static final String V1 = """
            CREATE TABLE authors (id integer PRIMARY KEY, name varchar(100) NOT NULL);
            INSERT INTO authors (id, name) VALUES (1, 'Ann; the first');
            """;
    static final String U1 = "DROP TABLE authors;\n";
    static final String V2 = """
            -- books of authors; one each for now
            CREATE TABLE books (
                id integer PRIMARY KEY,
                author_id integer NOT NULL REFERENCES authors (id),
                title varchar(200) NOT NULL
            );
            /* the first book; with a semicolon */
            INSERT INTO books (id, author_id, title) VALUES (1, 1, 'It''s; here');
            """;
    static final String U2 = "DROP TABLE books;\n";
    static final String V3 = """
            ALTER TABLE authors ADD COLUMN bio varchar(500);
            UPDATE authors SET bio = 'writes';
            """;
    static final String U3 = "ALTER TABLE authors DROP COLUMN bio;\n";

    @TempDir
    Path directory;

    protected MigratorTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    @AfterEach
    void dropEveryTable() {
        for (String table : tables()) {
            database.execute("DROP TABLE IF EXISTS " + DatabaseExtension.quote(table) + (postgres() ? " CASCADE" : ""));
        }
    }

    /** The tables of the test's schema, by name. */
    List<String> tables() {
        return postgres()
                ? database.strings("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
                : database.strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        + " ORDER BY 1");
    }

    String dialect() {
        return postgres() ? "postgresql" : "sqlite";
    }

    /** Writes a script into the dialect's directory. */
    Path script(String fileName, String text) {
        try {
            Path file = Files.createDirectories(directory.resolve(dialect())).resolve(fileName);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    void delete(String fileName) throws IOException {
        Files.delete(directory.resolve(dialect()).resolve(fileName));
    }

    /** V1..V3 and their undo scripts. */
    void threeVersions() {
        script("V1__create_authors.sql", V1);
        script("U1__create_authors.sql", U1);
        script("V2__create_books.sql", V2);
        script("U2__create_books.sql", U2);
        script("V3__add_author_bio.sql", V3);
        script("U3__add_author_bio.sql", U3);
    }

    Migrations migrations() {
        return db().migrations(MigrationConfig.builder().directory(directory).build());
    }

    Migrations migrations(MigrationListener listener) {
        return db().migrations(MigrationConfig.builder().directory(directory).listener(listener).build());
    }

    static List<String> versions(List<MigrationInfo> migrations) {
        return migrations.stream().map(MigrationInfo::version).toList();
    }

    static List<MigrationState> states(List<MigrationInfo> migrations) {
        return migrations.stream().map(MigrationInfo::state).toList();
    }

    long historyRows() {
        return database.number("SELECT count(*) FROM quarry_schema_history");
    }

    boolean hasColumn(String table, String column) {
        return postgres()
                ? database.number("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = ? AND column_name = ?", table, column) == 1
                : database.number("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?", table, column) == 1;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void upgradeFromEmptyAppliesEveryScriptInVersionOrder() {
        threeVersions();
        script("V10__add_book_year.sql", "ALTER TABLE books ADD COLUMN year integer;");
        List<MigrationInfo> applied = migrations().upgrade();
        assertEquals(List.of("1", "2", "3", "10"), versions(applied));
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED,
                MigrationState.APPLIED), states(applied));
        assertEquals(List.of("authors", "books", "quarry_schema_history"), tables());
        assertEquals(List.of("Ann; the first"), database.strings("SELECT name FROM authors"));
        assertEquals(List.of("writes"), database.strings("SELECT bio FROM authors"));
        assertEquals(List.of("It's; here"), database.strings("SELECT title FROM books"));
        assertTrue(hasColumn("books", "year"));

        MigrationInfo first = applied.get(0);
        assertEquals("create authors", first.description());
        assertEquals(sha256(V1), first.checksum());
        assertNotNull(first.installedOn());
        assertNotNull(first.executionTime());
        assertTrue(first.undoable());
        assertFalse(applied.get(3).undoable());
        assertEquals(List.of("1", "2", "3", "10"),
                database.strings("SELECT version FROM quarry_schema_history ORDER BY installed_rank"));
        assertEquals(List.of("V1__create_authors.sql", sha256(V1), "1"), database.query(
                "SELECT script, checksum, installed_rank FROM quarry_schema_history WHERE version = '1'").get(0)
                .stream().map(String::valueOf).toList());
        assertFalse(database.strings("SELECT installed_by FROM quarry_schema_history").get(0).isBlank());

        assertEquals(List.of(), migrations().upgrade(), "nothing is pending");
        assertEquals(4, historyRows());
    }

    @Test
    void upgradeToStopsAtTheVersionAndDataSurvivesLaterUpgrades() {
        threeVersions();
        assertEquals(List.of("1"), versions(migrations().upgradeTo("1")));
        database.execute("INSERT INTO authors (id, name) VALUES (2, 'Bob')");
        assertEquals(List.of(), migrations().upgradeTo("1"), "version 1 is applied");
        assertEquals(List.of("2"), versions(migrations().upgradeTo("2")));
        database.execute("INSERT INTO books (id, author_id, title) VALUES (2, 2, 'Second')");

        List<MigrationInfo> history = migrations().history();
        assertEquals(List.of("1", "2", "3"), versions(history));
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING), states(history));
        assertNotNull(history.get(1).installedOn());
        assertEquals(null, history.get(2).installedOn());
        assertEquals(sha256(V3), history.get(2).checksum());
        assertEquals("2", migrations().current().orElseThrow().version());
        assertEquals("create books", migrations().current().orElseThrow().description());

        MigrationException unknown = assertThrows(MigrationException.class, () -> migrations().upgradeTo("4"));
        assertTrue(unknown.getMessage().contains("no script has version 4"), unknown.getMessage());
        assertThrows(MigrationException.class, () -> migrations().upgradeTo("three"));

        assertEquals(List.of("3"), versions(migrations().upgrade()));
        assertEquals(List.of("Ann; the first|writes", "Bob|writes"),
                database.strings("SELECT name || '|' || bio FROM authors ORDER BY id"));
        assertEquals(List.of("It's; here", "Second"), database.strings("SELECT title FROM books ORDER BY id"));
    }

    @Test
    void currentAndHistoryOfAFreshDatabase() {
        threeVersions();
        assertTrue(migrations().current().isEmpty());
        assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING, MigrationState.PENDING),
                states(migrations().history()));
        assertEquals(List.of(), tables(), "reading the history creates nothing");
    }

    @Test
    void downgradeUndoesTheNewestMigration() {
        threeVersions();
        migrations().upgrade();
        List<MigrationInfo> undone = migrations().downgrade(1);
        assertEquals(List.of("3"), versions(undone));
        assertFalse(hasColumn("authors", "bio"));
        assertEquals(List.of("Ann; the first"), database.strings("SELECT name FROM authors"));
        assertEquals("2", migrations().current().orElseThrow().version());
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING),
                states(migrations().history()));
        assertEquals(2, historyRows());

        assertEquals(List.of("3"), versions(migrations().upgrade()), "undone migrations are pending again");
        assertTrue(hasColumn("authors", "bio"));
    }

    @Test
    void downgradeToZeroUndoesEverythingAndUpgradeAppliesItAgain() {
        threeVersions();
        migrations().upgrade();
        assertEquals(List.of("3", "2"), versions(migrations().downgradeTo("1")));
        assertEquals(List.of("authors", "quarry_schema_history"), tables());
        assertEquals(List.of("1"), versions(migrations().downgradeTo("0")));
        assertEquals(List.of("quarry_schema_history"), tables());
        assertEquals(0, historyRows());
        assertTrue(migrations().current().isEmpty());
        assertEquals(List.of(), migrations().downgradeTo("0"));

        assertEquals(List.of("1", "2", "3"), versions(migrations().upgrade()));
        assertEquals(List.of("writes"), database.strings("SELECT bio FROM authors"));
        assertEquals(List.of("3", "2", "1"), versions(migrations().downgrade(3)));
        assertEquals(List.of("quarry_schema_history"), tables());
    }

    @Test
    void badDowngradesAreRefused() {
        threeVersions();
        migrations().upgradeTo("2");
        assertTrue(assertThrows(MigrationException.class, () -> migrations().downgrade(0)).getMessage()
                .contains("at least 1"));
        assertTrue(assertThrows(MigrationException.class, () -> migrations().downgrade(3)).getMessage()
                .contains("only 2 migrations are applied"));
        assertTrue(assertThrows(MigrationException.class, () -> migrations().downgradeTo("3")).getMessage()
                .contains("cannot downgrade to version 3: it is not applied"));
        assertEquals("2", migrations().current().orElseThrow().version());
    }

    @Test
    void aFailingScriptLeavesThePreviousVersionAndNothingOfItself() {
        threeVersions();
        Path broken = script("V2__create_books.sql", """
                CREATE TABLE books (id integer PRIMARY KEY, title varchar(200) NOT NULL);
                INSERT INTO books (id, title) VALUES (1, 'kept?');
                INSERT INTO missing_table (id) VALUES (1);
                INSERT INTO books (id, title) VALUES (2, 'never');
                """);
        MigrationException e = assertThrows(MigrationException.class, () -> migrations().upgrade());
        assertTrue(e.getMessage().startsWith("V2__create_books.sql failed at statement 3 of 4: "), e.getMessage());
        assertTrue(e.getMessage().contains("missing_table"), e.getMessage());
        assertTrue(e.getMessage().contains("the database stays at version 1"), e.getMessage());

        assertEquals(List.of("authors", "quarry_schema_history"), tables(), "the failed migration's table is gone");
        assertEquals("1", migrations().current().orElseThrow().version());
        assertEquals(1, historyRows());
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING),
                states(migrations().history()));

        script(broken.getFileName().toString(), V2);
        assertEquals(List.of("2", "3"), versions(migrations().upgrade()), "the fixed script applies");
    }

    @Test
    void aMigrationBreakingAForeignKeyIsRolledBack() {
        script("V1__create_authors.sql", V1);
        script("V2__create_books.sql", V2.replace("VALUES (1, 1, ", "VALUES (1, 99, "));
        MigrationException e = assertThrows(MigrationException.class, () -> migrations().upgrade());
        assertTrue(e.getMessage().startsWith("V2__create_books.sql failed"), e.getMessage());
        // PostgreSQL checks the key at the insert; SQLite, migrating with foreign keys off, before committing
        assertTrue(e.getMessage().contains(postgres() ? "at statement 2 of 2" : "breaks foreign keys"), e.getMessage());
        assertEquals(List.of("authors", "quarry_schema_history"), tables());
        assertEquals("1", migrations().current().orElseThrow().version());
    }

    @Test
    void aChangedScriptIsRefusedButOtherLineEndingsAreNoChange() {
        threeVersions();
        migrations().upgradeTo("1");
        script("V1__create_authors.sql", V1.replace("varchar(100)", "varchar(120)"));
        MigrationException e = assertThrows(MigrationException.class, () -> migrations().upgrade());
        assertTrue(e.getMessage().contains("V1__create_authors.sql has changed since it was applied"), e.getMessage());
        assertEquals(List.of("authors", "quarry_schema_history"), tables(), "nothing ran");
        assertEquals(List.of(MigrationState.CHANGED, MigrationState.PENDING, MigrationState.PENDING),
                states(migrations().history()));
        assertEquals(MigrationState.CHANGED, migrations().current().orElseThrow().state());
        assertThrows(MigrationException.class, () -> migrations().downgrade(1));

        script("V1__create_authors.sql", V1.replace("\n", "\r\n"));
        assertEquals(List.of("2", "3"), versions(migrations().upgrade()));
    }

    @Test
    void anAppliedVersionWithoutAScriptIsRefused() throws IOException {
        threeVersions();
        migrations().upgradeTo("2");
        delete("V2__create_books.sql");
        MigrationException e = assertThrows(MigrationException.class, () -> migrations().upgrade());
        assertTrue(e.getMessage().contains("version 2 (V2__create_books.sql) is applied but has no script"),
                e.getMessage());
        assertFalse(hasColumn("authors", "bio"), "nothing ran");
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.MISSING, MigrationState.PENDING),
                states(migrations().history()));
    }

    @Test
    void aScriptOlderThanTheAppliedVersionIsRefused() {
        script("V1__create_authors.sql", V1);
        script("V3__add_author_bio.sql", V3);
        migrations().upgrade();
        script("V2__create_books.sql", V2);
        script("V4__add_author_age.sql", "ALTER TABLE authors ADD COLUMN age integer;");
        MigrationException e = assertThrows(MigrationException.class, () -> migrations().upgrade());
        assertTrue(e.getMessage().contains("V2__create_books.sql is older than the applied version 3"), e.getMessage());
        assertFalse(hasColumn("authors", "age"), "nothing ran");
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.APPLIED,
                MigrationState.PENDING), states(migrations().history()));
    }

    @Test
    void aMissingUndoScriptIsRefusedBeforeAnythingIsUndone() throws IOException {
        threeVersions();
        delete("U2__create_books.sql");
        migrations().upgrade();
        assertEquals(List.of(true, false, true), migrations().history().stream().map(MigrationInfo::undoable).toList());
        MigrationException e = assertThrows(MigrationException.class, () -> migrations().downgrade(2));
        assertTrue(e.getMessage().contains("no undo script U2__...sql (for V2__create_books.sql)"), e.getMessage());
        assertTrue(hasColumn("authors", "bio"), "version 3 was not undone");
        assertEquals("3", migrations().current().orElseThrow().version());
        assertThrows(MigrationException.class, () -> migrations().downgradeTo("0"));
        assertEquals(List.of("3"), versions(migrations().downgrade(1)));
    }

    @Test
    void twoMigratorsAtOnceApplyEachMigrationOnce() throws Exception {
        threeVersions();
        script("V4__count_runs.sql", "CREATE TABLE runs (id integer);\nINSERT INTO runs (id) VALUES (4);");
        script("V5__count_more_runs.sql", "INSERT INTO runs (id) VALUES (5);\nUPDATE authors SET bio = bio || '!';");
        script("U4__count_runs.sql", "DROP TABLE runs;");
        script("U5__count_more_runs.sql", "DELETE FROM runs WHERE id = 5;");
        // a slow first migration, so the second migrator surely arrives while the first runs
        script("V0.5__pause.sql", postgres() ? "SELECT pg_sleep(0.3);" : "SELECT 1;");
        script("U0.5__pause.sql", "SELECT 1;");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<List<MigrationInfo>>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(threads.submit(() -> {
                        Migrations migrations = migrations();
                        start.await(10, TimeUnit.SECONDS);
                        return migrations.upgrade();
                    }));
                }
                List<String> applied = new ArrayList<>();
                for (Future<List<MigrationInfo>> run : runs) {
                    applied.addAll(versions(run.get(60, TimeUnit.SECONDS)));
                }
                applied.sort(null);
                assertEquals(List.of("0.5", "1", "2", "3", "4", "5"), applied, "round " + round);
                assertEquals(6, historyRows());
                assertEquals(List.of("4", "5"), database.strings("SELECT id FROM runs ORDER BY id"));
                assertEquals(List.of("writes!"), database.strings("SELECT bio FROM authors"));
                assertEquals(1, database.number("SELECT count(*) FROM books"));
                migrations().downgradeTo("0");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void scriptsFromTheClassPath() {
        Migrations migrations = db().migrations(MigrationConfig.builder()
                .classpath("db/migration-it")
                .historyTable("it_history")
                .build());
        assertEquals(List.of("1", "2"), versions(migrations.upgrade()));
        assertEquals(List.of("it_history", "shelf_notes"), tables());
        assertEquals(List.of("read from the class path; in order"), database.strings("SELECT note FROM shelf_notes"));
        assertEquals(2, database.number("SELECT count(*) FROM it_history"));
        assertEquals(List.of(true, true), migrations.history().stream().map(MigrationInfo::undoable).toList());
        assertEquals(List.of("2", "1"), versions(migrations.downgradeTo("0")));
        assertEquals(List.of("it_history"), tables());
    }

    @Test
    void theListenerIsToldAboutEachMigration() {
        threeVersions();
        List<String> calls = new CopyOnWriteArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void starting(MigrationInfo migration, Direction direction, int position, int count) {
                calls.add("starting " + direction + " " + migration.version() + " " + migration.state() + " "
                        + position + "/" + count);
            }

            @Override
            public void finished(MigrationInfo migration, Direction direction, int position, int count, Duration took) {
                assertFalse(took.isNegative());
                calls.add("finished " + direction + " " + migration.version() + " " + migration.state() + " "
                        + position + "/" + count);
            }
        };
        migrations(listener).upgradeTo("2");
        migrations(listener).upgrade();
        migrations(listener).downgrade(2);
        assertEquals(List.of(
                "starting UP 1 PENDING 1/2", "finished UP 1 APPLIED 1/2",
                "starting UP 2 PENDING 2/2", "finished UP 2 APPLIED 2/2",
                "starting UP 3 PENDING 1/1", "finished UP 3 APPLIED 1/1",
                "starting DOWN 3 APPLIED 1/2", "finished DOWN 3 APPLIED 1/2",
                "starting DOWN 2 APPLIED 2/2", "finished DOWN 2 APPLIED 2/2"), calls);
    }

    @Test
    void aThrowingListenerDoesNotStopTheMigration() {
        threeVersions();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void starting(MigrationInfo migration, Direction direction, int position, int count) {
                throw new IllegalStateException("listener broke");
            }

            @Override
            public void finished(MigrationInfo migration, Direction direction, int position, int count, Duration took) {
                throw new IllegalStateException("listener broke again");
            }
        };
        assertEquals(List.of("1", "2", "3"), versions(migrations(listener).upgrade()));
        assertEquals(3, historyRows());
    }

    @Test
    void migratingInsideATransactionBlockIsRefused() {
        threeVersions();
        MigrationException e = assertThrows(MigrationException.class,
                () -> db().useTransaction(tx -> migrations().upgrade()));
        assertTrue(e.getMessage().contains("outside a transaction block"), e.getMessage());
        assertEquals(List.of(), tables());
    }

    @Test
    void generateSaysWhatToConfigureAndRefusesWhilePending() {
        MigrationException noModel = assertThrows(MigrationException.class,
                () -> db().migrations(MigrationConfig.builder().directory(directory).build()).generate("x"));
        assertTrue(noModel.getMessage().contains("needs the model"), noModel.getMessage());
        MigrationException noDirectory = assertThrows(MigrationException.class,
                () -> db().migrations(MigrationConfig.builder().model(Tables.ALL).build()).generate("x"));
        assertTrue(noDirectory.getMessage().contains("needs a directory"), noDirectory.getMessage());
        assertThrows(MigrationException.class, () -> migrations().diff());
        assertThrows(MigrationException.class, () -> migrations().check());

        threeVersions();
        migrations().upgradeTo("2");
        MigrationException pending = assertThrows(MigrationException.class, () -> db().migrations(
                MigrationConfig.builder().model(Tables.ALL).directory(directory).build()).generate("add users"));
        assertTrue(pending.getMessage().contains("1 pending (V3__add_author_bio.sql); upgrade first"),
                pending.getMessage());
        assertFalse(Files.exists(directory.resolve(dialect()).resolve("V4__add_users.sql")));
    }
}
