package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The command line's parsing, help, usage errors and failures, in this JVM, without a migrator. */
class CliCommandLineTest {
    @TempDir
    Path dir;

    private String sqliteUrl() {
        return "jdbc:sqlite:" + dir.resolve("cli.db");
    }

    private static <T> T command(ParseResult result, Class<T> type) {
        ParseResult leaf = result;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        return type.cast(leaf.commandSpec().userObject());
    }

    @Test
    void parsesTheSharedOptions() {
        ParseResult result = Quarry.commandLine(Map.of()).parseArgs("migrate", "upgrade", "--url", "jdbc:sqlite:x.db",
                "--user", "ann", "--password", "secret", "--model", "com.example.Tables", "--dir", "db",
                "--history-table", "versions", "7");
        UpgradeCommand upgrade = command(result, UpgradeCommand.class);
        assertEquals("jdbc:sqlite:x.db", upgrade.options.url);
        assertEquals("ann", upgrade.options.user);
        assertEquals("secret", upgrade.options.password);
        assertEquals("com.example.Tables", upgrade.options.model);
        assertEquals(Path.of("db"), upgrade.options.directory);
        assertEquals("versions", upgrade.options.historyTable);
        assertEquals("7", upgrade.version);
    }

    @Test
    void defaultsTheDirectoryAndTheHistoryTable() {
        ParseResult result = Quarry.commandLine(Map.of()).parseArgs("migrate", "current");
        CurrentCommand current = command(result, CurrentCommand.class);
        assertEquals(Path.of("src/main/resources/db/migration"), current.options.directory);
        assertEquals("quarry_schema_history", current.options.historyTable);
        assertNull(current.options.url);
        assertNull(current.options.model);
    }

    @Test
    void readsTheUrlAndPasswordFromTheEnvironment() {
        ParseResult result = Quarry.commandLine(Map.of("QUARRY_URL", "jdbc:postgresql://db/app", "QUARRY_PASSWORD", "pw"))
                .parseArgs("migrate", "history");
        HistoryCommand history = command(result, HistoryCommand.class);
        assertEquals("jdbc:postgresql://db/app", history.options.url);
        assertEquals("pw", history.options.password);
    }

    @Test
    void optionsWinOverTheEnvironment() {
        ParseResult result = Quarry.commandLine(Map.of("QUARRY_URL", "jdbc:postgresql://db/app"))
                .parseArgs("migrate", "history", "--url", "jdbc:sqlite:other.db");
        assertEquals("jdbc:sqlite:other.db", command(result, HistoryCommand.class).options.url);
    }

    @Test
    void parsesGenerate() {
        ParseResult result = Quarry.commandLine(Map.of()).parseArgs("migrate", "generate", "-m", "add bio");
        assertEquals("add bio", command(result, GenerateCommand.class).description);
        result = Quarry.commandLine(Map.of()).parseArgs("migrate", "generate", "--message=add bio");
        assertEquals("add bio", command(result, GenerateCommand.class).description);
    }

    @Test
    void parsesDowngradeStepsAndTarget() {
        DowngradeCommand byDefault = command(Quarry.commandLine(Map.of()).parseArgs("migrate", "downgrade"),
                DowngradeCommand.class);
        assertNull(byDefault.steps);
        assertNull(byDefault.to);
        DowngradeCommand steps = command(Quarry.commandLine(Map.of()).parseArgs("migrate", "downgrade", "3"),
                DowngradeCommand.class);
        assertEquals(3, steps.steps);
        DowngradeCommand to = command(Quarry.commandLine(Map.of()).parseArgs("migrate", "downgrade", "--to", "2"),
                DowngradeCommand.class);
        assertEquals("2", to.to);
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Run run = Run.of("--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("migrate"), run::toString);
        assertTrue(run.out().contains("Exit codes:"), run::toString);
        assertTrue(run.out().contains("check found differences"), run::toString);

        Run migrate = Run.of("migrate", "--help");
        assertEquals(0, migrate.exitCode(), migrate::toString);
        for (String command : new String[] {"generate", "upgrade", "downgrade", "current", "history", "check"}) {
            assertTrue(migrate.out().contains(command), command + " in\n" + migrate);
        }

        Run upgrade = Run.of("migrate", "upgrade", "--help");
        assertEquals(0, upgrade.exitCode(), upgrade::toString);
        assertTrue(upgrade.out().contains("--url=<jdbc-url>"), upgrade::toString);
        assertTrue(upgrade.out().contains("QUARRY_URL"), upgrade::toString);
        assertTrue(upgrade.out().contains("Exit codes:"), upgrade::toString);
    }

    @Test
    void aMissingCommandIsAUsageError() {
        Run run = Run.of();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Missing required subcommand"), run::toString);
        Run migrate = Run.of("migrate");
        assertEquals(2, migrate.exitCode(), migrate::toString);
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        Run command = Run.of("migrate", "sideways");
        assertEquals(2, command.exitCode(), command::toString);
        assertTrue(command.err().contains("sideways"), command::toString);
        Run option = Run.of("migrate", "upgrade", "--colour");
        assertEquals(2, option.exitCode(), option::toString);
        assertTrue(option.err().contains("--colour"), option::toString);
        assertTrue(option.err().contains("Usage:"), option::toString);
    }

    @Test
    void generateWithoutAMessageIsAUsageError() {
        Run run = Run.of("migrate", "generate", "--url", sqliteUrl(), "--model", "x.Tables");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--message"), run::toString);
    }

    @Test
    void stepsMustBeANumber() {
        Run run = Run.of("migrate", "downgrade", "two", "--url", sqliteUrl());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("two"), run::toString);
    }

    @Test
    void stepsAndTargetTogetherAreAUsageError() {
        Run run = Run.of("migrate", "downgrade", "2", "--to", "1", "--url", sqliteUrl());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("not both"), run::toString);
    }

    @Test
    void zeroStepsIsAUsageError() {
        Run run = Run.of("migrate", "downgrade", "0", "--url", sqliteUrl());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("at least 1"), run::toString);
    }

    @Test
    void generateFromTheClassPathIsAUsageError() {
        Run run = Run.of("migrate", "generate", "-m", "add bio", "--classpath", "db/migration", "--url", sqliteUrl());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("give --dir <path>, not --classpath"), run::toString);
    }

    @Test
    void aMissingUrlIsAUsageError() {
        Run run = Run.of("migrate", "current");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--url"), run::toString);
        assertTrue(run.err().contains("QUARRY_URL"), run::toString);
    }

    @Test
    void generateWithoutAModelFailsWithAClearMessage() {
        Run run = Run.of("migrate", "generate", "-m", "add bio", "--url", sqliteUrl());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("migrate generate needs the model: give --model <class>"), run::toString);
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose:\n" + run);
    }

    @Test
    void checkWithoutAModelFailsWithAClearMessage() {
        Run run = Run.of("migrate", "check", "--url", sqliteUrl());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("migrate check needs the model"), run::toString);
    }

    @Test
    void anUnknownModelClassFailsWithAClearMessage() {
        Run run = Run.of("migrate", "check", "--url", sqliteUrl(), "--model", "com.example.NoSuchTables");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("model class com.example.NoSuchTables not found"), run::toString);
    }

    @Test
    void aClassWithoutAllIsNotAModel() {
        Run run = Run.of("migrate", "check", "--url", sqliteUrl(), "--model", "java.lang.String");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("has no public static field ALL"), run::toString);
    }

    @Test
    void loadsTheGeneratedTablesClass() {
        assertEquals(1, Models.load("dev.quarry.cli.model.v2.Tables", getClass().getClassLoader()).size());
        assertEquals("authors",
                Models.load("dev.quarry.cli.model.v2.Tables", getClass().getClassLoader()).get(0).name());
    }

    @Test
    void anUnreachableDatabaseFailsWithExitCode3AndTheStackTraceOnlyWhenVerbose() {
        String url = "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=1";
        Run quiet = Run.of("migrate", "current", "--url", url);
        assertEquals(3, quiet.exitCode(), quiet::toString);
        assertTrue(quiet.err().startsWith("error: "), quiet::toString);
        assertFalse(quiet.err().contains("\tat "), quiet::toString);
        assertEquals("", quiet.out(), quiet::toString);

        Run verbose = Run.of("migrate", "current", "--url", url, "--verbose");
        assertEquals(3, verbose.exitCode(), verbose::toString);
        assertTrue(verbose.err().contains("\tat "), verbose::toString);
    }

    @Test
    void anUnsupportedDatabaseFailsWithExitCode3() {
        Run run = Run.of("migrate", "current", "--url", "jdbc:nosuchdb://localhost/app");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: "), run::toString);
    }

    @Test
    void theCommandLineIsPicocli() {
        assertInstanceOf(Quarry.class, Quarry.commandLine(Map.of()).getCommand());
        assertEquals(CommandLine.class, Quarry.commandLine(System::getenv).getClass());
    }
}
