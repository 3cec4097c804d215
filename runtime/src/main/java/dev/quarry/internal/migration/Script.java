package dev.quarry.internal.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One script file with its text.
 *
 * @param name     its parsed file name
 * @param location where it was read from, for messages
 * @param text     its content
 */
record Script(ScriptName name, String location, String text) {
    /** The version. */
    Version version() {
        return name.version();
    }

    /** The statements, split as {@link SqlSplitter} does. */
    List<String> statements() {
        return SqlSplitter.split(text);
    }

    /** The SHA-256 (hex) of the text with line endings normalised to {@code \n}. */
    String checksum() {
        return checksum(text);
    }

    /** The SHA-256 (hex) of {@code text} with line endings normalised to {@code \n} and no byte-order mark. */
    static String checksum(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return name.fileName();
    }
}
