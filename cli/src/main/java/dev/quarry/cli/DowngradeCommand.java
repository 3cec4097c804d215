package dev.quarry.cli;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code quarry migrate downgrade [<steps>] | --to <version>}: undoes applied migrations with their undo scripts. */
@Command(name = "downgrade",
        description = "Undo the newest applied migrations with their undo (U) scripts, newest first, each in its own"
                + " transaction: <steps> of them, or down to --to <version>.")
final class DowngradeCommand extends MigrationCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<steps>",
            description = "How many migrations to undo (default: 1).")
    Integer steps;

    @Option(names = "--to", paramLabel = "<version>",
            description = "Undo every migration newer than <version>, which stays applied (0 undoes them all).")
    String to;

    @Override
    int run(Migrations migrations, PrintWriter out) {
        List<MigrationInfo> undone;
        if (to != null) {
            if (steps != null) {
                throw new ParameterException(spec.commandLine(), "Give either <steps> or --to <version>, not both");
            }
            undone = migrations.downgradeTo(to);
        } else {
            int count = steps == null ? 1 : steps;
            if (count < 1) {
                throw new ParameterException(spec.commandLine(), "<steps> must be at least 1, not " + count);
            }
            undone = migrations.downgrade(count);
        }
        String current = currentVersion(migrations);
        if (undone.isEmpty()) {
            summary(out, "Nothing to undo; the database is at version " + current + ".");
        } else {
            summary(out, "Undid " + plural(undone.size(), "migration") + "; the database is at version " + current + ".");
        }
        return Quarry.OK;
    }
}
