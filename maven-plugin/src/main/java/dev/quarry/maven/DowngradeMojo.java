package dev.quarry.maven;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Undoes the newest applied migrations with their undo ({@code U}) scripts, newest first, each in
 * its own transaction: {@code steps} of them, or every one newer than {@code to}.
 *
 * <pre>
 * mvn quarry:downgrade -Dquarry.steps=2
 * mvn quarry:downgrade -Dquarry.to=3
 * </pre>
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends AbstractMigrationMojo {
    /** How many migrations to undo. */
    @Parameter(property = "quarry.steps", defaultValue = "1")
    protected int steps;

    /** Undo every migration newer than this version, which stays applied ({@code 0} undoes them all); replaces {@code steps}. */
    @Parameter(property = "quarry.to")
    protected String to;

    /** Creates the goal; Maven sets its parameters. */
    public DowngradeMojo() {
    }

    @Override
    protected String goal() {
        return "downgrade";
    }

    @Override
    protected void run(Migrations migrations) throws MojoFailureException {
        List<MigrationInfo> undone;
        if (to != null && !to.isBlank()) {
            undone = migrations.downgradeTo(to.trim());
        } else {
            if (steps < 1) {
                throw new MojoFailureException("steps must be at least 1, not " + steps);
            }
            undone = migrations.downgrade(steps);
        }
        String current = currentVersion(migrations);
        if (undone.isEmpty()) {
            getLog().info("Nothing to undo; the database is at version " + current + ".");
        } else {
            getLog().info("Undid " + undone.size() + " migration" + (undone.size() == 1 ? "" : "s")
                    + "; the database is at version " + current + ".");
        }
    }
}
