package dev.quarry.internal.migration;

import java.util.List;

/**
 * One statement of a generated script with the comment lines written above it (without the
 * leading {@code --}): a rename to confirm, a warning that data can be lost.
 *
 * @param comments comment lines, possibly none
 * @param sql the statement, without the terminating semicolon
 */
public record ScriptStep(List<String> comments, String sql) {
    public ScriptStep {
        comments = List.copyOf(comments);
    }

    /** A statement without comments. */
    public static ScriptStep of(String sql) {
        return new ScriptStep(List.of(), sql);
    }
}
