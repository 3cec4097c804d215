package dev.quarry.cli;

import dev.quarry.Database;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A {@code migrate} command: opens the database, runs on its {@link Migrations}, closes it. */
abstract class MigrationCommand implements Callable<Integer> {
    @Mixin
    MigrationOptions options;

    @Spec
    CommandSpec spec;

    private Progress progress;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        progress = new Progress(out);
        options.requireUrl();
        MigrationConfig config = options.config(progress, needsModel());
        try (Database db = options.open()) {
            int exitCode = run(db.migrations(config), out);
            progress.endLine();
            return exitCode;
        } catch (RuntimeException e) {
            progress.failed();
            throw e;
        } catch (LinkageError e) {
            progress.failed();
            throw new CommandException("a class is missing from the class path (" + e.getMessage() + "): run the tool"
                    + " on the application's runtime class path plus quarry-cli.jar", e);
        } finally {
            out.flush();
        }
    }

    /** Whether the command compares with the model, so that {@code --model} is required. */
    boolean needsModel() {
        return false;
    }

    /** Runs the command; returns the exit code. */
    abstract int run(Migrations migrations, PrintWriter out);

    /** Prints the closing line of an upgrade or downgrade, below the progress lines. */
    void summary(PrintWriter out, String line) {
        progress.endLine();
        out.println(line);
    }

    /** The version of the newest applied migration, or {@code none}. */
    static String currentVersion(Migrations migrations) {
        return migrations.current().map(MigrationInfo::version).orElse("none");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
