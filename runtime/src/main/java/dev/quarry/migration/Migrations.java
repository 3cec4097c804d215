package dev.quarry.migration;

import java.util.List;
import java.util.Optional;

/**
 * Versioned schema migrations of one database: generate scripts from the model, apply them,
 * undo them, and tell where the database stands. Obtained from
 * {@link dev.quarry.Database#migrations(MigrationConfig)}.
 *
 * <p>Scripts follow Flyway's naming: {@code V<version>__<description>.sql} moves the schema up
 * one version and its pair {@code U<version>__<description>.sql} moves it back down. They live
 * in one directory per dialect ({@code <location>/postgresql}, {@code <location>/sqlite}).
 * Every migration runs in one transaction together with its history row, so a failing script
 * leaves the database at the version before it. Concurrent migrators are serialised.
 *
 * <pre>{@code
 * Migrations migrations = db.migrations(MigrationConfig.builder()
 *         .model(Tables.ALL)
 *         .directory(Path.of("src/main/resources/db/migration"))
 *         .build());
 * migrations.generate("add bio");   // writes V2__add_bio.sql and U2__add_bio.sql
 * migrations.upgrade();             // applies every pending script
 * }</pre>
 */
public interface Migrations {
    /**
     * Compares the model with the database and writes the next version's up and down scripts
     * into the configured directory. The database must be at the newest script (upgrade first).
     *
     * @param description what the migration does, in words; it becomes part of the file names
     * @return the migration written, or empty when the model and the database agree
     * @throws MigrationException if no model or directory is configured, the database is not at
     *     the newest script, or the files cannot be written
     */
    Optional<GeneratedMigration> generate(String description);

    /**
     * The differences between the model and the database, without writing anything.
     *
     * @return the changes that would take the database to the model; empty when they agree
     * @throws MigrationException if no model is configured
     */
    SchemaDiff diff();

    /**
     * Fails when the model and the database differ: the check a CI runs after upgrading.
     *
     * @throws SchemaMismatchException listing the differences, when there are any
     * @throws MigrationException if no model is configured
     */
    void check();

    /**
     * Applies every pending script, oldest first.
     *
     * @return the migrations applied, in order; empty when the database was at the newest
     * @throws MigrationException if the scripts and the history disagree (a changed or missing
     *     script, a script older than the current version that was never applied) or a script fails;
     *     the migrations applied before the failing one stay applied
     */
    List<MigrationInfo> upgrade();

    /**
     * Applies the pending scripts up to and including {@code version}.
     *
     * @param version the version to stop at
     * @return the migrations applied, in order
     * @throws MigrationException if no script has that version, or as for {@link #upgrade()}
     */
    List<MigrationInfo> upgradeTo(String version);

    /**
     * Undoes the newest {@code steps} applied migrations with their {@code U} scripts, newest first.
     *
     * @param steps how many migrations to undo; at least 1
     * @return the migrations undone, in the order they were undone
     * @throws MigrationException if fewer migrations are applied, an undo script is missing
     *     (checked before anything runs), or a script fails
     */
    List<MigrationInfo> downgrade(int steps);

    /**
     * Undoes applied migrations, newest first, until {@code version} is the newest applied;
     * {@code "0"} undoes all of them.
     *
     * @param version the version to stay at
     * @return the migrations undone, in the order they were undone
     * @throws MigrationException if {@code version} is not applied, or as for {@link #downgrade(int)}
     */
    List<MigrationInfo> downgradeTo(String version);

    /**
     * Records the scripts up to and including {@code version} as applied, without running them:
     * for a database whose schema is already at that version (made by {@code createAll()}, by
     * hand, or by another tool) when it starts to use migrations. Run {@link #check()} afterwards
     * (with the model of that version) to see that the schema really is what the scripts make.
     *
     * @param version the version the database is at
     * @return the migrations recorded, oldest first
     * @throws MigrationException if the history already records migrations (upgrade instead), no
     *     script has that version, or the scripts and the history disagree; nothing is recorded then
     */
    List<MigrationInfo> baseline(String version);

    /**
     * The newest applied migration.
     *
     * @return it, or empty when none is applied
     */
    Optional<MigrationInfo> current();

    /**
     * Every migration known from the scripts or the history table, oldest first, each with its state.
     *
     * @return the migrations
     */
    List<MigrationInfo> history();
}
