package com.example.migrations;

// tag::imports[]
import com.example.blog.Tables;
import dev.quarry.Database;
import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationListener;
import dev.quarry.migration.Migrations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
// end::imports[]

/** The migrations walk-through: configure, generate, upgrade, inspect, downgrade, start-up. */
public final class Walkthrough {
    private Walkthrough() {
    }

    // tag::configure[]
    public static Migrations migrations(Database db, Path directory) {
        return db.migrations(MigrationConfig.builder()
                .model(Tables.ALL)           // the entity tables the schema should match
                .directory(directory)        // scripts in <directory>/<dialect>, e.g. src/main/resources/db/migration/postgresql
                .build());
    }
    // end::configure[]

    // tag::generate[]
    public static GeneratedMigration generate(Migrations migrations) {
        Optional<GeneratedMigration> written = migrations.generate("create blog");
        GeneratedMigration migration = written.orElseThrow();    // empty when the model and the database agree
        System.out.println("wrote " + migration.upScript() + " and " + migration.downScript());
        System.out.println(migration.diff());                    // one line per change: "create table users", ...
        return migration;
    }
    // end::generate[]

    // tag::upgrade[]
    public static List<MigrationInfo> upgrade(Migrations migrations) {
        List<MigrationInfo> applied = migrations.upgrade();      // every pending script, oldest first
        migrations.check();                                      // SchemaMismatchException if the model and the database differ
        return applied;
    }
    // end::upgrade[]

    // tag::inspect[]
    public static String where(Migrations migrations) {
        for (MigrationInfo migration : migrations.history()) {   // scripts and history rows, oldest first
            System.out.println(migration.version() + "  " + migration.description() + "  " + migration.state()
                    + "  " + migration.installedOn());           // 1  create blog  APPLIED  2026-12-08T...
        }
        return migrations.current().map(MigrationInfo::version).orElse("none");
    }
    // end::inspect[]

    // tag::downgrade[]
    public static void downgrade(Migrations migrations) {
        migrations.downgrade(1);                                 // undoes the newest migration with its U script
        migrations.downgradeTo("0");                             // undoes the rest: "0" is before the first
    }
    // end::downgrade[]

    // tag::listener[]
    public static Migrations withProgress(Database db, Path directory) {
        return db.migrations(MigrationConfig.builder()
                .directory(directory)
                .listener(new MigrationListener() {
                    @Override
                    public void finished(MigrationInfo migration, Direction direction, int position, int count,
                            Duration took) {
                        System.out.printf("[%d/%d] %s %s %s, %d ms%n", position, count, direction,
                                migration.version(), migration.description(), took.toMillis());
                    }
                })
                .build());
    }
    // end::listener[]

    // tag::startup[]
    public static void startUp(Database db) {
        db.migrations().upgrade();                               // the scripts on the class path: db/migration/<dialect>
    }
    // end::startup[]
}
