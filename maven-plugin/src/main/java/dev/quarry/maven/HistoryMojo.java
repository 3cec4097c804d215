package dev.quarry.maven;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Logs every migration known from the scripts or the history table, oldest first: version,
 * description, state ({@code PENDING}, {@code APPLIED}, {@code CHANGED}, {@code MISSING}) and when
 * it was installed, then the current version.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractMigrationMojo {
    private static final DateTimeFormatter INSTALLED_ON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** Creates the goal; Maven sets its parameters. */
    public HistoryMojo() {
    }

    @Override
    protected String goal() {
        return "history";
    }

    @Override
    protected void run(Migrations migrations) {
        List<MigrationInfo> history = migrations.history();
        if (history.isEmpty()) {
            getLog().info("No migrations.");
            return;
        }
        int version = "Version".length();
        int description = "Description".length();
        int state = "State".length();
        for (MigrationInfo migration : history) {
            version = Math.max(version, migration.version().length());
            description = Math.max(description, migration.description().length());
            state = Math.max(state, migration.state().name().length());
        }
        String format = "%-" + version + "s  %-" + description + "s  %-" + state + "s  %s";
        getLog().info(String.format(format, "Version", "Description", "State", "Installed on"));
        getLog().info(String.format(format, "-".repeat(version), "-".repeat(description), "-".repeat(state),
                "-".repeat(19)));
        for (MigrationInfo migration : history) {
            getLog().info(String.format(format, migration.version(), migration.description(), migration.state(),
                    migration.installedOn() == null ? "" : INSTALLED_ON.format(migration.installedOn())).stripTrailing());
        }
        getLog().info("Current version: " + currentVersion(migrations));
    }
}
