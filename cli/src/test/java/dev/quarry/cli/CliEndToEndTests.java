package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.testing.DatabaseExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real database, as a user runs it: generate, upgrade, current,
 * history, check and downgrade with a two-version model ({@code model.v1}: authors with a name;
 * {@code model.v2}: and a bio). One subclass per dialect registers the database.
 */
abstract class CliEndToEndTests {
    private static final String V1 = "dev.quarry.cli.model.v1.Tables";
    private static final String V2 = "dev.quarry.cli.model.v2.Tables";

    @TempDir
    Path dir;

    /** The test class's database (an empty schema or file). */
    abstract DatabaseExtension database();

    /** The scripts' sub-directory: the dialect's name. */
    abstract String dialect();

    private Run migrate(String command, String... args) {
        List<String> line = new ArrayList<>(List.of("migrate", command, "--dir", dir.toString()));
        line.addAll(List.of(args));
        return Run.of(Map.of("QUARRY_URL", database().url()), line.toArray(String[]::new));
    }

    private static void assertOk(Run run) {
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    private static void assertLine(String regex, Run run) {
        assertTrue(Pattern.compile("(?m)^" + regex + "$").matcher(run.out()).find(),
                () -> "no line matching " + regex + " in\n" + run);
    }

    @Test
    void generatesAppliesChecksAndUndoesMigrations() throws IOException {
        Path scripts = dir.resolve(dialect());
        assertOk(migrate("current"));
        assertEquals("none\n", migrate("current").out());

        Run create = migrate("generate", "-m", "create authors", "--model", V1);
        assertOk(create);
        assertLine("Wrote " + Pattern.quote(scripts.resolve("V1__create_authors.sql").toString()), create);
        assertLine("Wrote " + Pattern.quote(scripts.resolve("U1__create_authors.sql").toString()), create);
        assertLine("  create table authors", create);
        assertTrue(Files.readString(scripts.resolve("V1__create_authors.sql")).contains("CREATE TABLE"));
        assertTrue(Files.readString(scripts.resolve("U1__create_authors.sql")).contains("DROP TABLE"));

        Run check = migrate("check", "--model", V1);
        assertEquals(1, check.exitCode(), check::toString);
        assertTrue(check.out().contains("create table authors"), check::toString);

        Run upgrade = migrate("upgrade");
        assertOk(upgrade);
        assertLine("\\[1/1\\] V1 create authors \\.\\.\\. \\d+ ms", upgrade);
        assertLine("Applied 1 migration; the database is at version 1\\.", upgrade);
        assertEquals("1\n", migrate("current").out());
        assertOk(migrate("check", "--model", V1));

        Run nothing = migrate("generate", "-m", "nothing", "--model", V1);
        assertOk(nothing);
        assertEquals("no changes\n", nothing.out());
        try (var files = Files.list(scripts)) {
            assertEquals(2, files.count(), "no scripts written for no changes");
        }

        Run differs = migrate("check", "--model", V2);
        assertEquals(1, differs.exitCode(), differs::toString);
        assertTrue(differs.out().contains("add column authors.bio"), differs::toString);

        Run addBio = migrate("generate", "-m", "add bio", "--model", V2);
        assertOk(addBio);
        assertLine("  add column authors.bio", addBio);
        assertTrue(Files.exists(scripts.resolve("V2__add_bio.sql")));
        assertTrue(Files.exists(scripts.resolve("U2__add_bio.sql")));

        Run second = migrate("upgrade");
        assertOk(second);
        assertLine("\\[1/1\\] V2 add bio \\.\\.\\. \\d+ ms", second);
        assertLine("Applied 1 migration; the database is at version 2\\.", second);
        assertOk(migrate("check", "--model", V2));
        assertLine("Nothing to apply; the database is at version 2\\.", migrate("upgrade"));

        Run history = migrate("history");
        assertOk(history);
        assertLine("Version +Description +State +Installed on", history);
        assertLine("-+ +-+ +-+ +-+", history);
        assertLine("1 +create authors +APPLIED +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", history);
        assertLine("2 +add bio +APPLIED +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", history);

        Run downgrade = migrate("downgrade");
        assertOk(downgrade);
        assertLine("\\[1/1\\] U2 add bio \\.\\.\\. \\d+ ms", downgrade);
        assertLine("Undid 1 migration; the database is at version 1\\.", downgrade);
        assertLine("2 +add bio +PENDING *", migrate("history"));
        assertOk(migrate("check", "--model", V1));

        Run all = migrate("downgrade", "--to", "1");
        assertOk(all);
        assertLine("Nothing to undo; the database is at version 1\\.", all);
        assertOk(migrate("downgrade", "1"));
        assertEquals("none\n", migrate("current").out());

        Run toOne = migrate("upgrade", "1");
        assertOk(toOne);
        assertLine("\\[1/1\\] V1 create authors \\.\\.\\. \\d+ ms", toOne);
        assertEquals("1\n", migrate("current").out());
    }

    @Test
    void aFailingScriptStopsTheUpgradeWithExitCode3() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve(dialect()));
        Files.writeString(scripts.resolve("V1__create_books.sql"), "CREATE TABLE books (id INTEGER PRIMARY KEY);\n");
        Files.writeString(scripts.resolve("U1__create_books.sql"), "DROP TABLE books;\n");
        Files.writeString(scripts.resolve("V2__broken.sql"), "CREATE TABLE;\n");
        Files.writeString(scripts.resolve("U2__broken.sql"), "SELECT 1;\n");

        // its own history table: the other test of this class shares the database
        Run upgrade = migrate("upgrade", "--history-table", "book_history");
        assertEquals(3, upgrade.exitCode(), upgrade::toString);
        assertLine("\\[1/2\\] V1 create books \\.\\.\\. \\d+ ms", upgrade);
        assertLine("\\[2/2\\] V2 broken \\.\\.\\. failed", upgrade);
        assertTrue(upgrade.err().startsWith("error: "), upgrade::toString);
        assertFalse(upgrade.err().contains("\tat "), upgrade::toString);
        assertEquals("1\n", migrate("current", "--history-table", "book_history").out());

        Run history = migrate("history", "--history-table", "book_history");
        assertLine("1 +create books +APPLIED +.+", history);
        assertLine("2 +broken +PENDING *", history);
    }

    @Test
    void baselineRecordsAnExistingSchemaThenUpgradeAppliesTheRest() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve(dialect()));
        String shelves = "CREATE TABLE shelves (id INTEGER PRIMARY KEY);\n";
        Files.writeString(scripts.resolve("V1__create_shelves.sql"), shelves);
        Files.writeString(scripts.resolve("U1__create_shelves.sql"), "DROP TABLE shelves;\n");
        Files.writeString(scripts.resolve("V2__create_boxes.sql"), "CREATE TABLE boxes (id INTEGER PRIMARY KEY);\n");
        Files.writeString(scripts.resolve("U2__create_boxes.sql"), "DROP TABLE boxes;\n");
        database().execute(shelves);                       // the schema exists before migrations do

        // its own history table: the other tests of this class share the database
        Run baseline = migrate("baseline", "1", "--history-table", "shelf_history");
        assertOk(baseline);
        assertLine("Recorded 1 migration as applied without running them; the database is at version 1\\.", baseline);
        Run upgrade = migrate("upgrade", "--history-table", "shelf_history");
        assertOk(upgrade);
        assertLine("\\[1/1\\] V2 create boxes \\.\\.\\. \\d+ ms", upgrade);

        Run again = migrate("baseline", "1", "--history-table", "shelf_history");
        assertEquals(3, again.exitCode(), again::toString);
        assertTrue(again.err().contains("already records version 2; upgrade instead"), again::toString);
    }

    @Test
    void upgradeReadsTheScriptsFromTheClassPath() {
        // src/test/resources/db/cli-classpath/<dialect>; its own history table: the other tests share the database
        Run upgrade = Run.of(Map.of("QUARRY_URL", database().url()), "migrate", "upgrade",
                "--classpath", "db/cli-classpath", "--history-table", "crate_history");
        assertOk(upgrade);
        assertLine("\\[1/1\\] V1 create crates \\.\\.\\. \\d+ ms", upgrade);
        assertEquals("1\n", Run.of(Map.of("QUARRY_URL", database().url()), "migrate", "current",
                "--classpath", "db/cli-classpath", "--history-table", "crate_history").out());
    }
}
