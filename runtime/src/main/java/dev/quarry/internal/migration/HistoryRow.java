package dev.quarry.internal.migration;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of the history table: an applied migration.
 *
 * @param rank          the order it was applied in (1 first)
 * @param version       its version
 * @param versionText   the version as stored
 * @param description   its description
 * @param script        the up script's file name
 * @param checksum      the up script's checksum when applied
 * @param installedBy   the database user who applied it
 * @param installedOn   when it was applied
 * @param executionTime how long it took
 */
record HistoryRow(int rank, Version version, String versionText, String description, String script, String checksum,
        String installedBy, Instant installedOn, Duration executionTime) {
}
