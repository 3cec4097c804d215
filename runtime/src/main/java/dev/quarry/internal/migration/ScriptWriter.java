package dev.quarry.internal.migration;

import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.SchemaDiff;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes a generated migration: names the next version and the files, and writes the up and
 * undo scripts into {@code <directory>/<dialect>}, never over an existing file.
 */
final class ScriptWriter {
    private final Path directory;
    private final String dialect;

    /**
     * @param directory the configured directory (holding one directory per dialect)
     * @param dialect   the dialect's name
     */
    ScriptWriter(Path directory, String dialect) {
        this.directory = directory;
        this.dialect = dialect;
    }

    /**
     * Writes {@code V<version>__<stem>.sql} and {@code U<version>__<stem>.sql}.
     *
     * @param existing    the versions of the up scripts there are
     * @param description the description, as given
     * @param diff        the changes the up script makes
     * @param up          the up script's steps
     * @param down        the undo script's steps
     */
    GeneratedMigration write(Collection<Version> existing, String description, SchemaDiff diff, List<ScriptStep> up,
            List<ScriptStep> down) {
        String version = nextVersion(existing);
        String stem = fileStem(description);
        Path folder = directory.resolve(dialect);
        Path upFile = folder.resolve(ScriptName.fileName(false, version, stem));
        Path downFile = folder.resolve(ScriptName.fileName(true, version, stem));
        for (Path file : List.of(upFile, downFile)) {
            if (Files.exists(file)) {
                throw new MigrationException("cannot write " + file + ": it exists; nothing was written");
            }
        }
        try {
            Files.createDirectories(folder);
            write(upFile, ScriptText.format(false, version, description, dialect, up));
            try {
                write(downFile, ScriptText.format(true, version, description, dialect, down));
            } catch (IOException e) {
                Files.deleteIfExists(upFile);
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw new MigrationException("cannot write " + e.getFile() + ": it exists; nothing was written", e);
        } catch (IOException e) {
            throw new MigrationException("cannot write the migration scripts into " + folder + ": " + e.getMessage(), e);
        }
        return new GeneratedMigration(version, description, upFile, downFile, diff);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The next version: one more than the highest first number of the existing versions, 1 when there are none. */
    static String nextVersion(Collection<Version> existing) {
        BigInteger highest = BigInteger.ZERO;
        for (Version version : existing) {
            highest = highest.max(version.major());
        }
        return highest.add(BigInteger.ONE).toString();
    }

    /**
     * The file-name part of a description: lower case, every run of characters other than
     * {@code a-z} and {@code 0-9} one underscore, none at either end ({@code "Add bio!"} is {@code add_bio}).
     *
     * @throws MigrationException if nothing is left
     */
    static String fileStem(String description) {
        String stem = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (stem.isEmpty()) {
            throw new MigrationException("the description '" + description + "' has no letters or digits to name the"
                    + " script files with");
        }
        return stem;
    }
}
