package dev.quarry.maven;

import dev.quarry.migration.Migrations;
import dev.quarry.migration.SchemaMismatchException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the model with the database and fails the build, listing the differences, when they
 * differ: the check a CI runs after upgrading.
 *
 * <pre>
 * mvn compile quarry:upgrade quarry:check
 * </pre>
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractMigrationMojo {
    /** Creates the goal; Maven sets its parameters. */
    public CheckMojo() {
    }

    @Override
    protected boolean needsModel() {
        return true;
    }

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run(Migrations migrations) throws MojoFailureException {
        try {
            migrations.check();
        } catch (SchemaMismatchException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        getLog().info("The database matches the model.");
    }
}
