package dev.quarry.cli;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quarry migrate baseline <version>}: records the scripts up to a version as applied, running none. */
@Command(name = "baseline",
        description = "Record the scripts up to and including <version> as applied without running them, for a"
                + " database whose schema is already at that version when it starts to use migrations."
                + " The history must be empty.")
final class BaselineCommand extends MigrationCommand {
    @Parameters(index = "0", paramLabel = "<version>", description = "The version the database is at.")
    String version;

    @Override
    int run(Migrations migrations, PrintWriter out) {
        List<MigrationInfo> recorded = migrations.baseline(version);
        summary(out, "Recorded " + plural(recorded.size(), "migration") + " as applied without running them;"
                + " the database is at version " + currentVersion(migrations) + ".");
        return Quarry.OK;
    }
}
