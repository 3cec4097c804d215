package dev.quarry.processor.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code :name} placeholders of hand-written SQL, found outside string literals, quoted
 * identifiers and comments ({@code ::} casts are left alone), and the JDBC text with each
 * replaced by {@code ?}.
 *
 * @param jdbc    the SQL with {@code ?} in place of every placeholder
 * @param names   the placeholder names, one per {@code ?}, in order (a name used twice appears twice)
 * @param offsets the position in {@code jdbc} of each placeholder's {@code ?}, in the same order
 */
public record NamedParameters(String jdbc, List<String> names, List<Integer> offsets) {

    public NamedParameters {
        names = List.copyOf(names);
        offsets = List.copyOf(offsets);
        if (names.size() != offsets.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + offsets.size() + " offsets");
        }
    }

    /** Scans {@code sql}. */
    public static NamedParameters scan(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = quoted(sql, i, c);
            } else if (c == '-' && sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                end = newline < 0 ? sql.length() : newline;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? sql.length() : close + 2;
            } else if (c == ':' && sql.startsWith("::", i)) {
                end = i + 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && sql.charAt(i + 1) != '$') {
                end = i + 2;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))
                        && sql.charAt(end) != '$') {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                offsets.add(jdbc.length());
                jdbc.append('?');
                i = end;
                continue;
            } else {
                end = i + 1;
            }
            jdbc.append(sql, i, end);
            i = end;
        }
        return new NamedParameters(jdbc.toString(), names, offsets);
    }

    /** The index after the literal or quoted identifier opening at {@code start}; doubled quotes escape. */
    private static int quoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
