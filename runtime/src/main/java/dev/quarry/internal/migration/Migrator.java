package dev.quarry.internal.migration;

import dev.quarry.internal.exec.Engine;
import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import dev.quarry.migration.SchemaDiff;
import java.util.List;
import java.util.Optional;

/** {@link Migrations} on one database. */
public final class Migrator implements Migrations {
    private final Engine engine;
    private final MigrationConfig config;

    public Migrator(Engine engine, MigrationConfig config) {
        this.engine = engine;
        this.config = config;
    }

    @Override
    public Optional<GeneratedMigration> generate(String description) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public SchemaDiff diff() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public void check() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public List<MigrationInfo> upgrade() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public List<MigrationInfo> upgradeTo(String version) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public List<MigrationInfo> downgrade(int steps) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public List<MigrationInfo> downgradeTo(String version) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public Optional<MigrationInfo> current() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public List<MigrationInfo> history() {
        throw new UnsupportedOperationException("not built yet");
    }
}
