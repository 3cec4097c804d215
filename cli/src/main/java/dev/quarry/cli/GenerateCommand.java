package dev.quarry.cli;

import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.Migrations;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarry migrate generate -m "add bio"}: writes the next up and undo scripts from the model. */
@Command(name = "generate",
        description = {"Compare the model with the database and write the next version's up (V) and undo (U)"
                + " scripts into <dir>/<dialect>. The database must be at the newest script: upgrade first.",
                "Prints the files written and the changes, or \"no changes\"."})
final class GenerateCommand extends MigrationCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "<description>",
            description = "What the migration does, in words; it becomes part of the file names.")
    String description;

    @Override
    boolean needsModel() {
        return true;
    }

    @Override
    int run(Migrations migrations, PrintWriter out) {
        Optional<GeneratedMigration> generated = migrations.generate(description);
        if (generated.isEmpty()) {
            out.println("no changes");
            return Quarry.OK;
        }
        GeneratedMigration migration = generated.get();
        out.println("Wrote " + migration.upScript());
        out.println("Wrote " + migration.downScript());
        out.println("Changes in version " + migration.version() + ":");
        out.println(migration.diff());
        if (migration.diff().destructive()) {
            out.println("Some of these changes can lose data: review the scripts before upgrading.");
        }
        return Quarry.OK;
    }
}
