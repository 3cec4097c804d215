package dev.quarry.internal.exec;

/**
 * The shape of a statement, by which the N+1 detector counts repeats: its SQL text (values are
 * always bound, so equal text means an equal statement) with every parenthesised list of
 * placeholders written {@code (?...)}, so {@code IN (?, ?)} and {@code IN (?, ?, ?)} are one
 * shape, and a run of such lists ({@code VALUES (?, ?), (?, ?)}) written once. Quoted strings,
 * quoted identifiers and comments are copied as they are.
 */
public final class StatementShape {
    private static final String LIST = "(?...)";

    private StatementShape() {
    }

    /** The shape of {@code sql}; {@code sql} itself when it holds no list of placeholders. */
    public static String of(String sql) {
        if (sql.indexOf('?') < 0 || sql.indexOf('(') < 0) {
            return sql;
        }
        StringBuilder shape = null;
        int copied = 0;
        int length = sql.length();
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                i = skipLineComment(sql, i);
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
            } else if (c == '(') {
                int end = placeholderList(sql, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                int next;
                while ((next = followingList(sql, end)) >= 0) {
                    end = next;
                }
                if (shape == null) {
                    shape = new StringBuilder(length);
                }
                shape.append(sql, copied, i).append(LIST);
                copied = end;
                i = end;
            } else {
                i++;
            }
        }
        if (shape == null) {
            return sql;
        }
        return shape.append(sql, copied, length).toString();
    }

    /**
     * If a list of one or more {@code ?} separated by commas (and whitespace) opens at
     * {@code open}, the index after its closing parenthesis; else -1.
     */
    private static int placeholderList(String sql, int open) {
        int i = skipSpace(sql, open + 1);
        while (true) {
            if (i >= sql.length() || sql.charAt(i) != '?') {
                return -1;
            }
            i = skipSpace(sql, i + 1);
            if (i >= sql.length()) {
                return -1;
            }
            char c = sql.charAt(i);
            if (c == ')') {
                return i + 1;
            }
            if (c != ',') {
                return -1;
            }
            i = skipSpace(sql, i + 1);
        }
    }

    /** If a comma and another placeholder list follow {@code from}, the index after that list; else -1. */
    private static int followingList(String sql, int from) {
        int i = skipSpace(sql, from);
        if (i >= sql.length() || sql.charAt(i) != ',') {
            return -1;
        }
        i = skipSpace(sql, i + 1);
        if (i >= sql.length() || sql.charAt(i) != '(') {
            return -1;
        }
        return placeholderList(sql, i);
    }

    private static int skipSpace(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the quoted text opening at {@code open}; a doubled quote stays inside. */
    private static int skipQuoted(String sql, int open, char quote) {
        int i = open + 1;
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
        return i;
    }

    private static int skipLineComment(String sql, int start) {
        int end = sql.indexOf('\n', start + 2);
        return end < 0 ? sql.length() : end + 1;
    }

    private static int skipBlockComment(String sql, int start) {
        int end = sql.indexOf("*/", start + 2);
        return end < 0 ? sql.length() : end + 2;
    }
}
