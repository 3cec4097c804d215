package dev.quarry.cli;

import dev.quarry.migration.Migrations;
import dev.quarry.migration.SchemaMismatchException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code quarry migrate check}: exit code 1 when the database differs from the model, for CI. */
@Command(name = "check",
        description = "Compare the model with the database; exit with " + Quarry.DIFFERENCES + " and list the"
                + " differences when they differ (the check a CI runs after upgrading).")
final class CheckCommand extends MigrationCommand {
    @Override
    boolean needsModel() {
        return true;
    }

    @Override
    int run(Migrations migrations, PrintWriter out) {
        try {
            migrations.check();
        } catch (SchemaMismatchException e) {
            out.println(e.getMessage());
            return Quarry.DIFFERENCES;
        }
        out.println("The database matches the model.");
        return Quarry.OK;
    }
}
