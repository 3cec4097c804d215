package com.example.migrations;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.Tables;
import dev.quarry.Database;
import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationListener;
import dev.quarry.migration.Migrations;
import dev.quarry.migration.SchemaMismatchException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
// end::imports[]

/**
 * The migrations walk-through on the guide's blog: a first version with the users table alone,
 * then the whole blog; generate, upgrade, history, downgrade, check, and the upgrade an
 * application runs at start-up.
 */
public final class Walkthrough {
    private Walkthrough() {
    }

    // tag::configure[]
    public static Migrations migrations(Database db, Path directory) {
        return db.migrations(MigrationConfig.builder()
                .model(Tables.ALL)            // the generated tables: the schema as it should be
                .directory(directory)         // scripts in directory/postgresql or directory/sqlite
                .build());                    // history in "quarry_schema_history"
    }
    // end::configure[]

    // tag::first[]
    public static GeneratedMigration firstVersion(Database db, Path directory) {
        Migrations early = db.migrations(MigrationConfig.builder()
                .model(List.of(USER))         // the blog's first model: the users table alone
                .directory(directory)
                .build());
        GeneratedMigration created = early.generate("create users").orElseThrow();  // V1__create_users.sql + U1
        early.upgrade();                      // the database is at version 1
        return created;
    }
    // end::first[]

    // tag::generate[]
    public static Optional<GeneratedMigration> generate(Migrations migrations) {
        Optional<GeneratedMigration> generated = migrations.generate("add posts and tags");
        // present: V2__add_posts_and_tags.sql and U2__add_posts_and_tags.sql were written;
        // generated.get().diff() lists the changes, one per line: "create table posts", ...
        // empty: the model and the database agree, nothing was written
        return generated;
    }
    // end::generate[]

    // tag::upgrade[]
    public static String upgrade(Migrations migrations) {
        List<MigrationInfo> applied = migrations.upgrade();   // every pending script, oldest first
        Optional<MigrationInfo> current = migrations.current();
        return current.map(MigrationInfo::version).orElse("none");   // "2"
    }
    // end::upgrade[]

    // tag::history[]
    public static List<String> history(Migrations migrations) {
        return migrations.history().stream()                  // from the scripts and the history table, oldest first
                .map(info -> info.version() + " " + info.description() + " " + info.state())
                .toList();                                    // ["1 create users APPLIED", "2 add posts and tags APPLIED"]
    }
    // end::history[]

    // tag::downgrade[]
    public static String downgradeOne(Migrations migrations) {
        migrations.downgrade(1);                              // runs U2__add_posts_and_tags.sql
        return migrations.current().map(MigrationInfo::version).orElse("none");   // "1"
    }

    public static Optional<MigrationInfo> downgradeAll(Migrations migrations) {
        migrations.upgradeTo("2");                            // back up to version 2 (and no further)
        migrations.downgradeTo("0");                          // undoes 2, then 1: "0" is before the first
        return migrations.current();                          // empty: no migration is applied
    }
    // end::downgrade[]

    // tag::baseline[]
    public static List<MigrationInfo> adopt(Migrations migrations) {
        List<MigrationInfo> recorded = migrations.baseline("2");   // records V1 and V2 as applied, runs nothing
        migrations.check();                                         // the schema really is what they make
        return recorded;
    }
    // end::baseline[]

    // tag::check[]
    public static String check(Migrations migrations) {
        try {
            migrations.check();                               // compares the model with the database
            return "the database matches the model";
        } catch (SchemaMismatchException e) {
            return e.getMessage();                            // names each difference, one per line
        }
    }
    // end::check[]

    // tag::startup[]
    public static Database start(String url) {
        Database db = Database.connect(url);
        db.migrations().upgrade();    // the scripts of db/migration/<dialect> on the class path; no model needed
        return db;
    }
    // end::startup[]

    // tag::listener[]
    public static Migrations withProgress(Database db, List<String> log) {
        return db.migrations(MigrationConfig.builder()
                .classpath("db/migration")                    // the default: db/migration/<dialect> on the class path
                .historyTable("quarry_schema_history")        // the default
                .listener(new MigrationListener() {
                    @Override
                    public void finished(MigrationInfo migration, Direction direction, int position, int count,
                                         Duration took) {
                        log.add(direction + " " + migration.version() + " " + migration.description());  // "UP 1 create users"
                    }
                })
                .build());
    }
    // end::listener[]
}
