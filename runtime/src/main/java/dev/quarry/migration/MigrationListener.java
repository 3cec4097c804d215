package dev.quarry.migration;

import java.time.Duration;

/**
 * Told about each migration as it is applied or undone, for a progress display. Called on the
 * migrating thread; a listener that throws does not stop the migration.
 */
public interface MigrationListener {
    /**
     * A migration is about to run.
     *
     * @param migration the migration
     * @param direction up (applying) or down (undoing)
     * @param position its 1-based position among the migrations of this run
     * @param count how many migrations this run applies or undoes
     */
    default void starting(MigrationInfo migration, Direction direction, int position, int count) {
    }

    /**
     * A migration ran and its transaction committed.
     *
     * @param migration the migration
     * @param direction up (applying) or down (undoing)
     * @param position its 1-based position among the migrations of this run
     * @param count how many migrations this run applies or undoes
     * @param took how long it took
     */
    default void finished(MigrationInfo migration, Direction direction, int position, int count, Duration took) {
    }

    /** Which way a migration runs. */
    enum Direction {
        /** Applying a {@code V} script. */
        UP,
        /** Undoing with a {@code U} script. */
        DOWN
    }
}
