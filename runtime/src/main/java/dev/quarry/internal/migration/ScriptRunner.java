package dev.quarry.internal.migration;

import dev.quarry.migration.MigrationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one migration on a connection: its script's statements and the change to the history
 * table in one transaction, rolled back whole when a statement fails.
 */
final class ScriptRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);

    private final MigrationDialect dialect;
    private final HistoryTable history;
    private final Clock clock;

    ScriptRunner(MigrationDialect dialect, HistoryTable history, Clock clock) {
        this.dialect = dialect;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Applies {@code script} and records it.
     *
     * @param before the version the database is at, for the message of a failure
     * @return the history row written, or empty when another migrator applied it meanwhile
     */
    Optional<HistoryRow> apply(Connection connection, Script script, String before) throws SQLException {
        dialect.begin(connection);
        boolean open = true;
        try {
            if (dialect.rereadsInTransaction() && applied(connection, script.version()).isPresent()) {
                LOG.info("{} was applied by another migrator meanwhile; skipped", script);
                open = false;
                dialect.rollback(connection);
                return Optional.empty();
            }
            long start = System.nanoTime();
            run(connection, script, before);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            history.insert(connection, script, clock.instant(), took);
            commit(connection, script, before);
            open = false;
        } catch (SQLException | RuntimeException | Error e) {
            if (open) {
                rollback(connection, e);
            }
            throw e;
        }
        return applied(connection, script.version());
    }

    /**
     * Undoes the migration of {@code row} with {@code undo} and removes its record.
     *
     * @return whether it was undone; {@code false} when another migrator undid it meanwhile
     */
    boolean undo(Connection connection, HistoryRow row, Script undo, String before) throws SQLException {
        dialect.begin(connection);
        boolean open = true;
        try {
            if (dialect.rereadsInTransaction() && applied(connection, row.version()).isEmpty()) {
                LOG.info("{} was undone by another migrator meanwhile; skipped", row.script());
                open = false;
                dialect.rollback(connection);
                return false;
            }
            run(connection, undo, before);
            history.delete(connection, row);
            commit(connection, undo, before);
            open = false;
            return true;
        } catch (SQLException | RuntimeException | Error e) {
            if (open) {
                rollback(connection, e);
            }
            throw e;
        }
    }

    private Optional<HistoryRow> applied(Connection connection, Version version) throws SQLException {
        return history.read(connection).stream().filter(row -> row.version().equals(version)).findFirst();
    }

    private void run(Connection connection, Script script, String before) {
        List<String> statements = script.statements();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                LOG.debug("{} statement {}: {}", script, i + 1, sql);
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new MigrationException(script + " failed at statement " + (i + 1) + " of " + statements.size()
                            + ": " + e.getMessage() + "\n" + sql + "\nIt was rolled back; the database stays at "
                            + before + ".", e);
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot run " + script + ": " + e.getMessage(), e);
        }
    }

    private void commit(Connection connection, Script script, String before) throws SQLException {
        try {
            dialect.commit(connection);
        } catch (MigrationException e) {
            throw new MigrationException(script + " failed: " + e.getMessage() + ". It was rolled back; the database"
                    + " stays at " + before + ".", e);
        } catch (SQLException e) {
            throw new MigrationException(script + " failed to commit: " + e.getMessage() + ". The database stays at "
                    + before + ".", e);
        }
    }

    private void rollback(Connection connection, Throwable failure) {
        try {
            dialect.rollback(connection);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
