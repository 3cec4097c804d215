package dev.quarry.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds {@code :name} parameters in SQL text and replaces each with {@code ?}. Skips quoted
 * strings ({@code '...'}), quoted identifiers ({@code "..."}), line and block comments,
 * PostgreSQL's {@code ::} cast and dollar-quoted strings.
 *
 * @param sql   the text with {@code ?} for each parameter
 * @param order the parameter name of each {@code ?}, in order (a name may repeat)
 * @param names the distinct names, in order of first appearance
 */
record NamedParameters(String sql, List<String> order, List<String> names) {
    static NamedParameters parse(String text) {
        StringBuilder sql = new StringBuilder(text.length());
        List<String> order = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < n && text.charAt(end + 1) == c) {
                    end = text.indexOf(c, end + 2);
                }
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated " + (c == '\'' ? "string" : "quoted identifier")
                            + " starting at character " + (i + 1) + " of: " + text);
                }
                sql.append(text, i, end + 1);
                i = end + 1;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                sql.append(text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated comment starting at character " + (i + 1) + " of: "
                            + text);
                }
                sql.append(text, i, end + 2);
                i = end + 2;
            } else if (c == '$' && dollarTag(text, i) != null) {
                String tag = dollarTag(text, i);
                int end = text.indexOf(tag, i + tag.length());
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated " + tag + " string in: " + text);
                }
                sql.append(text, i, end + tag.length());
                i = end + tag.length();
            } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                sql.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1))
                    && text.charAt(i + 1) != '$') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                order.add(name);
                names.add(name);
                sql.append('?');
                i = end;
            } else if (c == '?') {
                throw new IllegalArgumentException("positional '?' parameters are not supported in text(...): name them"
                        + " (:name) and bind each by name; character " + (i + 1) + " of: " + text);
            } else {
                sql.append(c);
                i++;
            }
        }
        return new NamedParameters(sql.toString(), List.copyOf(order), List.copyOf(names));
    }

    /** The {@code $tag$} opening a dollar-quoted string at {@code start}, or {@code null}. */
    private static String dollarTag(String text, int start) {
        int end = start + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '$' && (end == start + 1 || !Character.isDigit(text.charAt(start + 1)))) {
            return text.substring(start, end + 1);
        }
        return null;
    }
}
