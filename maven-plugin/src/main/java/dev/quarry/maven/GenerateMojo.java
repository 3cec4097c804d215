package dev.quarry.maven;

import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.Migrations;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the model with the database and writes the next version's up ({@code V}) and undo
 * ({@code U}) scripts into {@code <directory>/<dialect>}; the database must be at the newest
 * script (upgrade first). Logs the files written and the changes, or "no changes".
 *
 * <pre>
 * mvn compile quarry:generate -Dquarry.description="add bio"
 * </pre>
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateMojo extends AbstractMigrationMojo {
    /** What the migration does, in words; it becomes part of the file names. */
    @Parameter(property = "quarry.description", required = true)
    protected String description;

    /** Creates the goal; Maven sets its parameters. */
    public GenerateMojo() {
    }

    @Override
    protected boolean needsModel() {
        return true;
    }

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected void run(Migrations migrations) {
        Optional<GeneratedMigration> generated = migrations.generate(description);
        if (generated.isEmpty()) {
            getLog().info("no changes");
            return;
        }
        GeneratedMigration migration = generated.get();
        getLog().info("Wrote " + migration.upScript());
        getLog().info("Wrote " + migration.downScript());
        getLog().info("Changes in version " + migration.version() + ":");
        for (String line : migration.diff().toString().split("\n")) {
            getLog().info(line);
        }
        if (migration.diff().destructive()) {
            getLog().warn("Some of these changes can lose data: review the scripts before upgrading.");
        }
    }
}
