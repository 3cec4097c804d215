package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.SchemaDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming and writing generated scripts. */
class ScriptWriterTest {
    private static final SchemaDiff DIFF = new SchemaDiff(List.of(), List.of(), List.of());
    private static final List<ScriptStep> UP = List.of(ScriptStep.of("CREATE TABLE \"a\" (\"id\" integer)"));
    private static final List<ScriptStep> DOWN = List.of(ScriptStep.of("DROP TABLE \"a\""));

    @TempDir
    Path directory;

    @Test
    void theNextVersionFollowsTheHighestFirstNumber() {
        assertEquals("1", ScriptWriter.nextVersion(List.of()));
        assertEquals("2", ScriptWriter.nextVersion(List.of(Version.parse("1"))));
        assertEquals("11", ScriptWriter.nextVersion(List.of(Version.parse("2"), Version.parse("10"), Version.parse("9"))));
        assertEquals("4", ScriptWriter.nextVersion(List.of(Version.parse("3.2.1"), Version.parse("1"))));
    }

    @Test
    void theFileStemIsTheDescriptionInLowerCaseWithUnderscores() {
        assertEquals("add_bio", ScriptWriter.fileStem("Add bio"));
        assertEquals("add_user_bio_2", ScriptWriter.fileStem("  add user-bio (#2)! "));
        assertEquals("create_tables", ScriptWriter.fileStem("create__tables"));
        MigrationException e = assertThrows(MigrationException.class, () -> ScriptWriter.fileStem(" -!- "));
        assertTrue(e.getMessage().contains("no letters or digits"), e.getMessage());
    }

    @Test
    void writesBothScriptsIntoTheDialectDirectory() throws IOException {
        GeneratedMigration migration = new ScriptWriter(directory, "sqlite")
                .write(List.of(Version.parse("1"), Version.parse("2")), "Create A", DIFF, UP, DOWN);
        assertEquals("3", migration.version());
        assertEquals("Create A", migration.description());
        assertEquals(directory.resolve("sqlite/V3__create_a.sql"), migration.upScript());
        assertEquals(directory.resolve("sqlite/U3__create_a.sql"), migration.downScript());
        assertEquals(ScriptText.format(false, "3", "Create A", "sqlite", UP), Files.readString(migration.upScript()));
        assertEquals(ScriptText.format(true, "3", "Create A", "sqlite", DOWN), Files.readString(migration.downScript()));
        assertEquals(List.of("V3__create_a.sql"),
                ScriptName.parse(migration.upScript().getFileName().toString()).map(ScriptName::fileName).stream().toList());
    }

    @Test
    void refusesToOverwriteAScript() throws IOException {
        Path existing = Files.createDirectories(directory.resolve("postgresql")).resolve("U1__init.sql");
        Files.writeString(existing, "-- mine");
        MigrationException e = assertThrows(MigrationException.class,
                () -> new ScriptWriter(directory, "postgresql").write(List.of(), "init", DIFF, UP, DOWN));
        assertTrue(e.getMessage().contains("U1__init.sql: it exists; nothing was written"), e.getMessage());
        assertEquals("-- mine", Files.readString(existing));
        assertEquals(List.of(existing), Files.list(existing.getParent()).toList());
    }
}
