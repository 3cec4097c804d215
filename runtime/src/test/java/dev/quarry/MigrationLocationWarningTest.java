package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migration.MigrationConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade that finds no scripts applies nothing and says so in the log: a start-up whose
 * scripts were not packaged, or sit in the wrong directory, must not pass unnoticed.
 */
class MigrationLocationWarningTest {
    @TempDir
    Path dir;

    @Test
    void upgradeWithoutScriptsWarnsWhereItLooked() throws Exception {
        assertEquals(List.of(), upgradeLogging(MigrationConfig.builder().directory(dir).build()).applied());
        String log = upgradeLogging(MigrationConfig.builder().classpath("no/such/location").build()).log();
        assertTrue(log.contains("no migration scripts in classpath:no/such/location/sqlite"), log);

        Files.createDirectories(dir.resolve("sqlite"));
        Files.writeString(dir.resolve("sqlite/V1__one.sql"), "CREATE TABLE one (id INTEGER PRIMARY KEY);\n");
        Outcome withScript = upgradeLogging(MigrationConfig.builder().directory(dir).build());
        assertEquals(List.of("1"), withScript.applied());
        assertFalse(withScript.log().contains("no migration scripts"), withScript.log());
    }

    private record Outcome(List<String> applied, String log) {
    }

    private Outcome upgradeLogging(MigrationConfig config) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> applied;
        try (Database db = Database.connect("jdbc:sqlite:" + dir.resolve("warn.db"))) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            applied = db.migrations(config).upgrade().stream().map(info -> info.version()).toList();
        } finally {
            System.setErr(original);
        }
        return new Outcome(applied, captured.toString(StandardCharsets.UTF_8));
    }
}
