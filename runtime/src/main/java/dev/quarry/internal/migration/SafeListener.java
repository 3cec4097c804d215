package dev.quarry.internal.migration;

import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls the configured listener; an exception it throws is logged and does not stop the migration. */
final class SafeListener implements MigrationListener {
    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

    private final MigrationListener listener;

    SafeListener(MigrationListener listener) {
        this.listener = listener;
    }

    @Override
    public void starting(MigrationInfo migration, Direction direction, int position, int count) {
        try {
            listener.starting(migration, direction, position, count);
        } catch (RuntimeException e) {
            LOG.warn("migration listener {} failed in starting({} {}); ignored", listener, direction, migration.version(), e);
        }
    }

    @Override
    public void finished(MigrationInfo migration, Direction direction, int position, int count, Duration took) {
        try {
            listener.finished(migration, direction, position, count, took);
        } catch (RuntimeException e) {
            LOG.warn("migration listener {} failed in finished({} {}); ignored", listener, direction, migration.version(), e);
        }
    }
}
