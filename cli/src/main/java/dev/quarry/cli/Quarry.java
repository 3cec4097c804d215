package dev.quarry.cli;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code quarry} command line: schema migrations from a shell or a CI job, a thin layer over
 * {@link dev.quarry.migration.Migrations}.
 *
 * <pre>
 * quarry migrate generate -m "add bio" --model com.example.blog.Tables
 * quarry migrate upgrade [&lt;version&gt;]
 * quarry migrate downgrade [&lt;steps&gt;] | --to &lt;version&gt;
 * quarry migrate current
 * quarry migrate history
 * quarry migrate check --model com.example.blog.Tables
 * </pre>
 *
 * <p>Every {@code migrate} command takes {@code --url} (or the environment variable
 * {@code QUARRY_URL}), {@code --user}, {@code --password} (or {@code QUARRY_PASSWORD}),
 * {@code --dir} (default {@code src/main/resources/db/migration}, holding one directory per
 * dialect) and {@code --history-table}; {@code generate} and {@code check} also need
 * {@code --model}, the generated {@code Tables} class whose public static {@code ALL} field lists
 * the entity tables.
 *
 * <p>The tool runs on the application's class path, which brings the model classes, the Quarry
 * runtime and the JDBC driver; its jar carries its only other dependency, picocli:
 *
 * <pre>
 * java -cp "target/classes:$(cat runtime-classpath.txt):quarry-cli.jar" dev.quarry.cli.Quarry migrate upgrade --url jdbc:sqlite:blog.db
 * </pre>
 *
 * <p>Exit codes: {@value #OK} success, {@value #DIFFERENCES} {@code check} found differences,
 * {@value #USAGE} usage error, {@value #FAILED} migration or database error (the message goes to
 * standard error, with the stack trace under {@code --verbose}).
 */
@Command(name = "quarry",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Quarry's command line: versioned schema migrations generated from the entity model.",
        subcommands = MigrateCommand.class,
        usageHelpAutoWidth = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            Quarry.OK + ":success (generate with no changes too)",
            Quarry.DIFFERENCES + ":check found differences between the model and the database",
            Quarry.USAGE + ":usage error (unknown command or option, missing or bad argument)",
            Quarry.FAILED + ":migration or database error; the message goes to standard error (--verbose adds the stack trace)"
        })
public final class Quarry {
    /** Exit code: the command succeeded. */
    public static final int OK = 0;
    /** Exit code: {@code check} found differences between the model and the database. */
    public static final int DIFFERENCES = 1;
    /** Exit code: the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit code: a migration or the database failed, or the model could not be loaded. */
    public static final int FAILED = 3;

    /** The environment variable read when {@code --url} is not given. */
    public static final String URL_VARIABLE = "QUARRY_URL";
    /** The environment variable read when {@code --password} is not given. */
    public static final String PASSWORD_VARIABLE = "QUARRY_PASSWORD";

    private Quarry() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments, for example {@code migrate upgrade --url jdbc:sqlite:blog.db}
     */
    public static void main(String[] args) {
        System.exit(commandLine(System::getenv).execute(args));
    }

    /**
     * The command line, ready to {@link CommandLine#execute(String...) execute}; its output and
     * error writers can be replaced first (tests capture them that way).
     *
     * @param environment looks up {@value #URL_VARIABLE} and {@value #PASSWORD_VARIABLE}
     * @return the command line
     */
    public static CommandLine commandLine(Function<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        CommandLine commandLine = new CommandLine(new Quarry());
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }

    /**
     * The command line reading the given variables instead of the process environment.
     *
     * @param environment the variables
     * @return the command line
     */
    public static CommandLine commandLine(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        return commandLine(environment::get);
    }
}
