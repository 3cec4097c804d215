package dev.quarry.cli;

import dev.quarry.Database;
import dev.quarry.DatabaseConfig;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationListener;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every {@code migrate} command shares: where the database, the scripts and the model are. */
final class MigrationOptions {
    /** Where {@code --dir} points by default: the scripts end up on the application's class path. */
    static final String DEFAULT_DIRECTORY = "src/main/resources/db/migration";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "<jdbc-url>",
            description = "JDBC URL of the database (default: the environment variable " + Quarry.URL_VARIABLE + ").")
    String url;

    @Option(names = "--user", paramLabel = "<name>", description = "Database user, when not in the URL.")
    String user;

    @Option(names = "--password", paramLabel = "<password>",
            description = "Database password (default: the environment variable " + Quarry.PASSWORD_VARIABLE + ").")
    String password;

    @Option(names = "--model", paramLabel = "<class>",
            description = "The generated Tables class whose public static ALL field lists the entity tables,"
                    + " for example com.example.blog.Tables (generate and check need it).")
    String model;

    @Option(names = "--dir", paramLabel = "<path>", defaultValue = DEFAULT_DIRECTORY,
            description = "Directory holding one directory of scripts per dialect (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--classpath", paramLabel = "<location>",
            description = "Read the scripts from <location>/<dialect> on the class path (the application's jar, say)"
                    + " instead of --dir; generate, which writes files, needs --dir.")
    String classpath;

    @Option(names = "--history-table", paramLabel = "<table>", defaultValue = MigrationConfig.DEFAULT_HISTORY_TABLE,
            description = "Table recording the applied migrations (default: ${DEFAULT-VALUE}).")
    String historyTable;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    boolean verbose;

    /**
     * Checks that the database is given.
     *
     * @throws ParameterException without a URL
     */
    void requireUrl() {
        if (url == null || url.isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "Missing the database: give --url <jdbc-url> or set " + Quarry.URL_VARIABLE);
        }
    }

    /** Opens the database: a small pool, since one migration runs at a time. */
    Database open() {
        requireUrl();
        DatabaseConfig.Builder builder = Database.builder(url)
                .maximumPoolSize(2)
                .minimumIdle(0)
                .poolName("quarry-cli");
        if (user != null) {
            builder.username(user);
        }
        if (password != null) {
            builder.password(password);
        }
        return Database.create(builder.build());
    }

    /**
     * The migration settings; the model is loaded when given or {@code modelRequired}.
     *
     * @throws CommandException if the model is required but not given, or cannot be loaded
     */
    MigrationConfig config(MigrationListener listener, boolean modelRequired) {
        MigrationConfig.Builder builder = MigrationConfig.builder()
                .historyTable(historyTable)
                .listener(listener);
        if (classpath == null) {
            builder.directory(directory);
        } else if (spec.name().equals("generate")) {
            throw new ParameterException(spec.commandLine(), "migrate generate writes the scripts into a directory:"
                    + " give --dir <path>, not --classpath");
        } else {
            builder.classpath(classpath);
        }
        if (model != null) {
            builder.model(Models.load(model, Thread.currentThread().getContextClassLoader()));
        } else if (modelRequired) {
            throw new CommandException("migrate " + spec.name() + " needs the model: give --model <class>, the"
                    + " generated Tables class whose ALL field lists the entity tables (for example com.example.blog.Tables)");
        }
        return builder.build();
    }
}
