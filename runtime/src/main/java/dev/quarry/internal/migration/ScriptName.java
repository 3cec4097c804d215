package dev.quarry.internal.migration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flyway-compatible file name of a script: {@code V<version>__<description>.sql} applies a
 * version, {@code U<version>__<description>.sql} undoes it.
 *
 * @param undo        whether it is an undo ({@code U}) script
 * @param version     the version
 * @param description the name's description with underscores as spaces
 * @param fileName    the file name
 */
record ScriptName(boolean undo, Version version, String description, String fileName) {
    private static final Pattern NAME = Pattern.compile("([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern LOOKS_LIKE = Pattern.compile("[VU]\\d.*");

    /**
     * The script name of a file name; empty for a file that is not a script.
     *
     * @throws IllegalArgumentException for a name that starts like a script ({@code V1...}) but
     *     does not follow the pattern, say with one underscore or no {@code .sql}
     */
    static Optional<ScriptName> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        if (matcher.matches()) {
            String description = matcher.group(3).replace('_', ' ').trim();
            return Optional.of(new ScriptName(matcher.group(1).equals("U"), Version.parse(matcher.group(2)),
                    description, fileName));
        }
        if (LOOKS_LIKE.matcher(fileName).matches()) {
            throw new IllegalArgumentException("'" + fileName + "' is not a migration script name: expected"
                    + " V<version>__<description>.sql or U<version>__<description>.sql (two underscores)");
        }
        return Optional.empty();
    }

    /** The name of the script of {@code version} with a file-name stem ({@code add_bio}). */
    static String fileName(boolean undo, String version, String stem) {
        return (undo ? "U" : "V") + version + "__" + stem + ".sql";
    }

    @Override
    public String toString() {
        return fileName;
    }
}
