package dev.quarry.cli;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code quarry migrate history}: every migration with its state, as a table. */
@Command(name = "history",
        description = "List every migration known from the scripts or the history table, oldest first: version,"
                + " description, state (PENDING, APPLIED, CHANGED, MISSING) and when it was installed.")
final class HistoryCommand extends MigrationCommand {
    private static final DateTimeFormatter INSTALLED_ON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Override
    int run(Migrations migrations, PrintWriter out) {
        List<MigrationInfo> history = migrations.history();
        if (history.isEmpty()) {
            out.println("No migrations.");
            return Quarry.OK;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Version", "Description", "State", "Installed on"});
        for (MigrationInfo migration : history) {
            rows.add(new String[] {
                migration.version(),
                migration.description(),
                migration.state().name(),
                migration.installedOn() == null ? "" : INSTALLED_ON.format(migration.installedOn())
            });
        }
        print(rows, out);
        return Quarry.OK;
    }

    /** Prints the rows as aligned columns, with a rule under the header. */
    static void print(List<String[]> rows, PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                out.println(line(rule, widths));
            }
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - cells[i].length()));
            }
        }
        return line.toString();
    }
}
