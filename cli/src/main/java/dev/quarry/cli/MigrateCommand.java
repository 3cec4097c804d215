package dev.quarry.cli;

import picocli.CommandLine.Command;

/** {@code quarry migrate}: the group of migration commands. */
@Command(name = "migrate",
        description = "Generate, apply, undo and check versioned schema migrations.",
        subcommands = {
            GenerateCommand.class,
            UpgradeCommand.class,
            BaselineCommand.class,
            DowngradeCommand.class,
            CurrentCommand.class,
            HistoryCommand.class,
            CheckCommand.class
        })
final class MigrateCommand {
}
