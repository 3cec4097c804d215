package dev.quarry.cli;

import dev.quarry.migration.Migrations;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code quarry migrate current}: the version of the newest applied migration. */
@Command(name = "current", description = "Print the version of the newest applied migration, or \"none\".")
final class CurrentCommand extends MigrationCommand {
    @Override
    int run(Migrations migrations, PrintWriter out) {
        out.println(currentVersion(migrations));
        return Quarry.OK;
    }
}
