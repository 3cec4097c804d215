package dev.quarry.maven;

import dev.quarry.Database;
import dev.quarry.DatabaseConfig;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationListener;
import dev.quarry.migration.Migrations;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Driver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every {@code quarry:} goal shares: the database, the scripts' directory, the history table
 * and the model, and running on the project's class path. A goal that needs the model loads it
 * from the project's compiled classes and runtime dependencies (run {@code compile} first), in a
 * class loader that is the thread's context class loader while the goal runs.
 */
public abstract class AbstractMigrationMojo extends AbstractMojo {
    /** The project whose classes hold the model. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The JDBC URL of the database, for example {@code jdbc:postgresql://localhost/blog}. */
    @Parameter(property = "quarry.url", required = true)
    protected String url;

    /** The database user, when not in the URL. */
    @Parameter(property = "quarry.user")
    protected String user;

    /** The database password, when not in the URL. */
    @Parameter(property = "quarry.password")
    protected String password;

    /**
     * The generated {@code Tables} class whose public static {@code ALL} field lists the entity
     * tables, for example {@code com.example.blog.Tables}; {@code generate} and {@code check} need it.
     */
    @Parameter(property = "quarry.model")
    protected String model;

    /** The directory holding one directory of scripts per dialect ({@code postgresql}, {@code sqlite}). */
    @Parameter(property = "quarry.directory", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    protected File directory;

    /** The table recording the applied migrations. */
    @Parameter(property = "quarry.historyTable", defaultValue = MigrationConfig.DEFAULT_HISTORY_TABLE)
    protected String historyTable;

    /** Skips the goal. */
    @Parameter(property = "quarry.skip", defaultValue = "false")
    protected boolean skip;

    /** Creates the goal; Maven sets its parameters. */
    protected AbstractMigrationMojo() {
    }

    /**
     * Opens the database on the project's class path and runs the goal.
     *
     * @throws MojoExecutionException if the model cannot be loaded, the database cannot be reached,
     *     or a migration fails
     * @throws MojoFailureException if the goal finds the build should fail (check: differences)
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (quarry.skip)");
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = projectClassLoader()) {
            thread.setContextClassLoader(loader);
            registerDrivers();
            MigrationConfig.Builder config = MigrationConfig.builder()
                    .directory(directory.toPath())
                    .historyTable(historyTable)
                    .listener(new Progress());
            if (model != null && !model.isBlank()) {
                config.model(Models.load(model.trim(), loader));
            } else if (needsModel()) {
                throw new MojoExecutionException("quarry:" + goal() + " needs the model: set <model> (or -Dquarry.model) to"
                        + " the generated Tables class whose ALL field lists the entity tables, for example"
                        + " com.example.blog.Tables");
            }
            try (Database db = open()) {
                run(db.migrations(config.build()));
            }
        } catch (MigrationException | Models.ModelException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("quarry:" + goal() + " failed: " + e, e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot close the project's class loader: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Runs the goal.
     *
     * @param migrations the migrations of the configured database
     * @throws MojoFailureException if the build should fail
     */
    protected abstract void run(Migrations migrations) throws MojoFailureException;

    /**
     * Whether the goal compares with the model, so that {@code model} is required.
     *
     * @return {@code true} for generate and check
     */
    protected boolean needsModel() {
        return false;
    }

    /**
     * The goal's name, for messages.
     *
     * @return for example {@code upgrade}
     */
    protected abstract String goal();

    /**
     * The version of the newest applied migration.
     *
     * @param migrations the migrations
     * @return its version, or {@code none}
     */
    protected static String currentVersion(Migrations migrations) {
        return migrations.current().map(MigrationInfo::version).orElse("none");
    }

    private Database open() {
        DatabaseConfig.Builder builder = Database.builder(url)
                .maximumPoolSize(2)
                .minimumIdle(0)
                .poolName("quarry-maven");
        if (user != null) {
            builder.username(user);
        }
        if (password != null) {
            builder.password(password);
        }
        return Database.create(builder.build());
    }

    /** The project's classes and runtime dependencies, below the plugin's own (which include Quarry's runtime). */
    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("cannot read the project's runtime class path: " + e.getMessage(), e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), AbstractMigrationMojo.class.getClassLoader());
    }

    /**
     * Loads the drivers the plugin brings, so that they are registered with JDBC even when it
     * looked for drivers before this goal ran (in another class loader).
     */
    private void registerDrivers() {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, AbstractMigrationMojo.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return;
                }
                drivers.next();
            } catch (ServiceConfigurationError e) {
                getLog().debug("skipping a JDBC driver that cannot be loaded: " + e.getMessage());
            }
        }
    }

    /** Logs each migration as it finishes: {@code [2/5] V3 rename name to full name ... 12 ms}. */
    private final class Progress implements MigrationListener {
        @Override
        public void starting(MigrationInfo migration, Direction direction, int position, int count) {
            getLog().debug(line(migration, direction, position, count) + "started");
        }

        @Override
        public void finished(MigrationInfo migration, Direction direction, int position, int count, Duration took) {
            getLog().info(line(migration, direction, position, count) + took.toMillis() + " ms");
        }

        private String line(MigrationInfo migration, Direction direction, int position, int count) {
            return "[" + position + "/" + count + "] " + (direction == Direction.UP ? "V" : "U") + migration.version()
                    + " " + migration.description() + " ... ";
        }
    }
}
