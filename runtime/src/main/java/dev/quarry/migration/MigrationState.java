package dev.quarry.migration;

/** Where one migration stands, comparing the scripts with the history table. */
public enum MigrationState {
    /** A script not applied yet. */
    PENDING,
    /** Applied, and its script is unchanged. */
    APPLIED,
    /** Applied, but its script has been changed since: upgrading refuses until it is restored. */
    CHANGED,
    /** Applied, but no script has its version any more. */
    MISSING
}
