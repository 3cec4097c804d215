package dev.quarry.maven;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the pending scripts of {@code <directory>/<dialect>}, oldest first, each in its own
 * transaction: all of them, or up to and including {@code target}.
 *
 * <pre>
 * mvn quarry:upgrade -Dquarry.url=jdbc:postgresql://localhost/blog
 * </pre>
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends AbstractMigrationMojo {
    /** The version to stop at; the newest script when not set. */
    @Parameter(property = "quarry.target")
    protected String target;

    /** Creates the goal; Maven sets its parameters. */
    public UpgradeMojo() {
    }

    @Override
    protected String goal() {
        return "upgrade";
    }

    @Override
    protected void run(Migrations migrations) {
        List<MigrationInfo> applied = target == null || target.isBlank()
                ? migrations.upgrade()
                : migrations.upgradeTo(target.trim());
        String current = currentVersion(migrations);
        if (applied.isEmpty()) {
            getLog().info("Nothing to apply; the database is at version " + current + ".");
        } else {
            getLog().info("Applied " + applied.size() + " migration" + (applied.size() == 1 ? "" : "s")
                    + "; the database is at version " + current + ".");
        }
    }
}
