package dev.quarry.cli;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quarry migrate upgrade [<version>]}: applies the pending scripts. */
@Command(name = "upgrade",
        description = "Apply the pending scripts, oldest first, each in its own transaction: all of them, or up to"
                + " and including <version>.")
final class UpgradeCommand extends MigrationCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<version>",
            description = "The version to stop at (default: the newest script).")
    String version;

    @Override
    int run(Migrations migrations, PrintWriter out) {
        List<MigrationInfo> applied = version == null ? migrations.upgrade() : migrations.upgradeTo(version);
        String current = currentVersion(migrations);
        if (applied.isEmpty()) {
            summary(out, "Nothing to apply; the database is at version " + current + ".");
        } else {
            summary(out, "Applied " + plural(applied.size(), "migration") + "; the database is at version " + current + ".");
        }
        return Quarry.OK;
    }
}
