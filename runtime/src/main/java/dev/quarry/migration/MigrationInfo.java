package dev.quarry.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One migration: its version and description, its state, and when it was applied.
 *
 * @param version       the version, as in the script's name ({@code V<version>__...})
 * @param description   the description, from the script's name with underscores as spaces
 * @param state         where it stands
 * @param checksum      the SHA-256 of the up script (hex), or {@code null} when it is missing
 * @param installedOn   when it was applied, or {@code null} when it is pending
 * @param executionTime how long applying it took, or {@code null} when it is pending
 * @param undoable      whether an undo ({@code U}) script exists for it
 */
public record MigrationInfo(
        String version,
        String description,
        MigrationState state,
        String checksum,
        Instant installedOn,
        Duration executionTime,
        boolean undoable) {
    /**
     * Creates the information; {@code version}, {@code description} and {@code state} are required.
     *
     * @param version the version
     * @param description the description
     * @param state where it stands
     * @param checksum the SHA-256 of the up script (hex), or {@code null}
     * @param installedOn when it was applied, or {@code null}
     * @param executionTime how long applying it took, or {@code null}
     * @param undoable whether an undo script exists
     */
    public MigrationInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(state, "state");
    }
}
