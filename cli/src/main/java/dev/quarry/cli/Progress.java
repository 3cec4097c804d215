package dev.quarry.cli;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints one line per migration as it runs: {@code [2/5] V3 rename name to full name ... 12 ms}. */
final class Progress implements MigrationListener {
    private final PrintWriter out;
    private boolean lineOpen;

    Progress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void starting(MigrationInfo migration, Direction direction, int position, int count) {
        endLine();
        out.print("[" + position + "/" + count + "] " + (direction == Direction.UP ? "V" : "U") + migration.version()
                + " " + migration.description() + " ... ");
        out.flush();
        lineOpen = true;
    }

    @Override
    public void finished(MigrationInfo migration, Direction direction, int position, int count, Duration took) {
        if (!lineOpen) {
            starting(migration, direction, position, count);
        }
        out.println(took.toMillis() + " ms");
        out.flush();
        lineOpen = false;
    }

    /** Ends a line left open by a migration that failed. */
    void failed() {
        if (lineOpen) {
            out.println("failed");
            out.flush();
            lineOpen = false;
        }
    }

    /** Ends a line left open by a migration that did not finish here (another migrator applied it meanwhile). */
    void endLine() {
        if (lineOpen) {
            out.println("skipped");
            lineOpen = false;
        }
    }
}
