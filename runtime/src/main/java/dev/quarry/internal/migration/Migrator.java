package dev.quarry.internal.migration;

import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.schema.SchemaImpl;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationListener.Direction;
import dev.quarry.migration.Migrations;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.migration.SchemaMismatchException;
import dev.quarry.spi.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Migrations} on one database: reads the scripts of its dialect, checks them against the
 * history table, and applies or undoes them one transaction each on one pooled connection.
 */
public final class Migrator implements Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final Engine engine;
    private final MigrationConfig config;
    private final Dialect dialect;
    private final MigrationDialect migrationDialect;
    private final HistoryTable history;
    private final ScriptRunner runner;
    private final SafeListener listener;

    public Migrator(Engine engine, MigrationConfig config) {
        this.engine = engine;
        this.config = config;
        this.dialect = engine.dialect();
        this.migrationDialect = MigrationDialect.of(dialect.name(), config.historyTable());
        this.history = new HistoryTable(config.historyTable(), dialect.quote(config.historyTable()), migrationDialect);
        this.runner = new ScriptRunner(migrationDialect, history, Clock.systemUTC());
        this.listener = new SafeListener(config.listener());
    }

    @Override
    public Optional<GeneratedMigration> generate(String description) {
        Objects.requireNonNull(description, "description");
        requireModel("generate");
        if (config.directory() == null) {
            throw new MigrationException("generate needs a directory to write the scripts into: set"
                    + " MigrationConfig.builder().directory(Path.of(\"src/main/resources/db/migration\"))");
        }
        String stem = ScriptWriter.fileStem(description);
        Scripts scripts = scripts();
        return withConnection(connection -> {
            List<Script> pending = new Ledger(scripts, history.read(connection)).pending();
            if (!pending.isEmpty()) {
                throw new MigrationException("the database is not at the newest script: " + pending.size()
                        + " pending (" + String.join(", ", pending.stream().map(Script::toString).toList())
                        + "); upgrade first, then generate '" + stem + "'");
            }
            List<TableSchema> database = introspect(connection);
            List<TableSchema> model = SchemaImpl.tableSchemas(config.model());
            SchemaDiff up = new SchemaDiffer(dialect).diff(database, model);
            if (up.isEmpty()) {
                return Optional.empty();
            }
            SchemaDiff down = new SchemaDiffer(dialect).diff(model, database);
            ChangeRenderer renderer = dialect.changeRenderer();
            List<Version> versions = scripts.ups().stream().map(Script::version).toList();
            return Optional.of(new ScriptWriter(config.directory(), dialect.name())
                    .write(versions, description, up, renderer.render(up), renderer.render(down)));
        });
    }

    @Override
    public SchemaDiff diff() {
        requireModel("diff");
        return withConnection(connection ->
                new SchemaDiffer(dialect).diff(introspect(connection), SchemaImpl.tableSchemas(config.model())));
    }

    @Override
    public void check() {
        requireModel("check");
        SchemaDiff diff = diff();
        if (!diff.isEmpty()) {
            throw new SchemaMismatchException(diff);
        }
    }

    @Override
    public List<MigrationInfo> upgrade() {
        return up(null);
    }

    @Override
    public List<MigrationInfo> upgradeTo(String version) {
        return up(version(version));
    }

    @Override
    public List<MigrationInfo> downgrade(int steps) {
        return down(ledger -> ledger.toUndo(steps));
    }

    @Override
    public List<MigrationInfo> downgradeTo(String version) {
        Version target = version(version);
        return down(ledger -> ledger.toUndo(target));
    }

    @Override
    public List<MigrationInfo> baseline(String version) {
        Version target = version(version);
        Scripts scripts = scripts();
        return locked(connection -> {
            List<HistoryRow> rows = history.read(connection);
            if (!rows.isEmpty()) {
                throw new MigrationException("baseline records scripts on a database without migrations, but "
                        + history.name() + " already records version " + rows.get(rows.size() - 1).versionText()
                        + "; upgrade instead");
            }
            List<Script> recorded = new Ledger(scripts, rows).toApply(target);
            history.create(connection);
            connection.setAutoCommit(false);
            try {
                for (Script script : recorded) {
                    history.insert(connection, script, Instant.now(), Duration.ZERO);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            Ledger after = new Ledger(scripts, history.read(connection));
            return after.history().stream().filter(info -> recorded.stream()
                    .anyMatch(script -> script.version().text().equals(info.version()))).toList();
        });
    }

    @Override
    public Optional<MigrationInfo> current() {
        Scripts scripts = scripts();
        return withConnection(connection -> new Ledger(scripts, history.read(connection)).current());
    }

    @Override
    public List<MigrationInfo> history() {
        Scripts scripts = scripts();
        return withConnection(connection -> new Ledger(scripts, history.read(connection)).history());
    }

    private List<MigrationInfo> up(Version target) {
        Scripts scripts = scripts();
        if (scripts.ups().isEmpty()) {
            LOG.warn("no migration scripts in {}: nothing to apply (is the location right? the scripts of each"
                    + " dialect go in a directory named after it)", scripts.location());
        }
        return locked(connection -> {
            Ledger ledger = new Ledger(scripts, history.read(connection));
            List<Script> todo = ledger.toApply(target);
            if (!todo.isEmpty()) {
                history.create(connection);
            }
            String at = ledger.current().map(info -> "version " + info.version()).orElse("no version");
            List<MigrationInfo> done = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                Script script = todo.get(i);
                MigrationInfo pending = ledger.pending(script);
                listener.starting(pending, Direction.UP, i + 1, todo.size());
                long start = System.nanoTime();
                Optional<HistoryRow> row = runner.apply(connection, script, at);
                if (row.isPresent()) {
                    MigrationInfo applied = ledger.applied(row.get());
                    done.add(applied);
                    at = "version " + applied.version();
                    listener.finished(applied, Direction.UP, i + 1, todo.size(), Duration.ofNanos(System.nanoTime() - start));
                }
            }
            return List.copyOf(done);
        });
    }

    private List<MigrationInfo> down(UndoPlan plan) {
        Scripts scripts = scripts();
        return locked(connection -> {
            Ledger ledger = new Ledger(scripts, history.read(connection));
            List<HistoryRow> todo = plan.rows(ledger);
            List<MigrationInfo> done = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                HistoryRow row = todo.get(i);
                MigrationInfo info = ledger.applied(row);
                Script undo = scripts.down(row.version()).orElseThrow();
                listener.starting(info, Direction.DOWN, i + 1, todo.size());
                long start = System.nanoTime();
                if (runner.undo(connection, row, undo, "version " + row.versionText())) {
                    done.add(info);
                    listener.finished(info, Direction.DOWN, i + 1, todo.size(), Duration.ofNanos(System.nanoTime() - start));
                }
            }
            return List.copyOf(done);
        });
    }

    /** Runs {@code work} on one connection while holding the dialect's migration lock. */
    private <T> T locked(SqlWork<T> work) {
        return withConnection(connection -> {
            if (!connection.getAutoCommit()) {
                throw new MigrationException("migrations run in transactions of their own: upgrade or downgrade"
                        + " outside a transaction block");
            }
            migrationDialect.lock(connection);
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    migrationDialect.unlock(connection);
                } catch (SQLException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            migrationDialect.unlock(connection);
            return result;
        });
    }

    private <T> T withConnection(SqlWork<T> work) {
        return engine.withConnection(connection -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new MigrationException("migration failed on the " + dialect.name() + " database: "
                        + e.getMessage(), e);
            }
        });
    }

    private List<TableSchema> introspect(Connection connection) throws SQLException {
        return dialect.introspector().tables(connection, Set.of(config.historyTable()));
    }

    private Scripts scripts() {
        return Scripts.load(config, dialect.name());
    }

    private void requireModel(String operation) {
        if (config.model().isEmpty()) {
            throw new MigrationException(operation + " needs the model to compare with the database: set"
                    + " MigrationConfig.builder().model(Tables.ALL)");
        }
    }

    private static Version version(String version) {
        Objects.requireNonNull(version, "version");
        if (!Version.isVersion(version)) {
            throw new MigrationException("'" + version + "' is not a version: expected numbers separated by dots,"
                    + " such as 3 or 1.2");
        }
        return Version.parse(version);
    }

    /** Work on a connection that may fail with an {@link SQLException}. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Chooses the migrations a downgrade undoes. */
    @FunctionalInterface
    private interface UndoPlan {
        List<HistoryRow> rows(Ledger ledger);
    }
}
