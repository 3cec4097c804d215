package dev.quarry.migration;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The pair of scripts {@link Migrations#generate(String)} wrote.
 *
 * @param version     the new version
 * @param description the description given
 * @param upScript    the {@code V<version>__<description>.sql} file
 * @param downScript  the {@code U<version>__<description>.sql} file
 * @param diff        the changes the up script makes
 */
public record GeneratedMigration(String version, String description, Path upScript, Path downScript, SchemaDiff diff) {
    /**
     * Creates the record; every component is required.
     *
     * @param version the new version
     * @param description the description given
     * @param upScript the up script file
     * @param downScript the undo script file
     * @param diff the changes the up script makes
     */
    public GeneratedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(upScript, "upScript");
        Objects.requireNonNull(downScript, "downScript");
        Objects.requireNonNull(diff, "diff");
    }
}
