package dev.quarry.internal.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a script into statements on {@code ;} outside string literals ({@code '...'}, with
 * {@code E'..\'..'} escapes), quoted identifiers, {@code --} and (nested) {@code /* *\/}
 * comments, PostgreSQL dollar quotes ({@code $tag$...$tag$}) and SQLite trigger bodies
 * ({@code CREATE TRIGGER ... BEGIN ...; END}). Statements holding only comments are skipped.
 */
final class SqlSplitter {
    private final String sql;
    private final List<String> statements = new ArrayList<>();
    private int start;
    private boolean content;

    private SqlSplitter(String sql) {
        this.sql = sql;
    }

    /** The statements of {@code sql}, trimmed, without their terminating semicolons. */
    static List<String> split(String sql) {
        SqlSplitter splitter = new SqlSplitter(sql);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && next(i) == '-') {
                i = lineEnd(i);
            } else if (c == '/' && next(i) == '*') {
                i = commentEnd(i);
            } else if (c == '\'') {
                content = true;
                i = quoteEnd(i, '\'', escapeString(i));
            } else if (c == '"') {
                content = true;
                i = quoteEnd(i, '"', false);
            } else if (c == '$' && dollarTag(i) != null) {
                content = true;
                String tag = dollarTag(i);
                int close = sql.indexOf(tag, i + tag.length());
                i = close < 0 ? sql.length() : close + tag.length();
            } else if (c == ';') {
                if (!insideTriggerBody(i)) {
                    finish(i);
                    start = i + 1;
                }
                i++;
            } else {
                if (!Character.isWhitespace(c)) {
                    content = true;
                }
                i++;
            }
        }
        finish(sql.length());
    }

    private void finish(int end) {
        if (content) {
            statements.add(sql.substring(start, end).strip());
        }
        content = false;
    }

    private char next(int i) {
        return i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    }

    private int lineEnd(int i) {
        int end = sql.indexOf('\n', i);
        return end < 0 ? sql.length() : end + 1;
    }

    /** The index after a block comment starting at {@code i}; block comments nest (as in PostgreSQL). */
    private int commentEnd(int i) {
        int depth = 0;
        int j = i;
        while (j < sql.length()) {
            if (sql.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (sql.startsWith("*/", j)) {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return sql.length();
    }

    /** The index after a quoted part starting at {@code i}; a doubled quote stays inside. */
    private int quoteEnd(int i, char quote, boolean backslashEscapes) {
        int j = i + 1;
        while (j < sql.length()) {
            char c = sql.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (next(j) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return sql.length();
    }

    /** Whether the quote at {@code i} opens a PostgreSQL escape string ({@code E'...'}). */
    private boolean escapeString(int i) {
        return i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                && (i < 2 || !isWordChar(sql.charAt(i - 2)));
    }

    /** The dollar-quote tag ({@code $$} or {@code $name$}) starting at {@code i}, or {@code null}. */
    private String dollarTag(int i) {
        if (i > 0 && (isWordChar(sql.charAt(i - 1)) || sql.charAt(i - 1) == '$')) {
            return null;
        }
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
            return null;   // a positional parameter, $1
        }
        while (j < sql.length() && isWordChar(sql.charAt(j))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }

    /**
     * Whether the {@code ;} at {@code i} is inside the body of a SQLite {@code CREATE TRIGGER}:
     * the statement so far creates a trigger and the semicolon does not follow its {@code END}.
     */
    private boolean insideTriggerBody(int i) {
        String words = SqlWords.of(sql.substring(start, i));
        return words.matches("CREATE (TEMP |TEMPORARY )?TRIGGER .*") && !words.endsWith(" END");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The words of a statement outside comments, upper-cased and separated by single spaces. */
    private static final class SqlWords {
        private SqlWords() {
        }

        static String of(String statement) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < statement.length()) {
                char c = statement.charAt(i);
                if (statement.startsWith("--", i)) {
                    int end = statement.indexOf('\n', i);
                    i = end < 0 ? statement.length() : end + 1;
                    out.append(' ');
                } else if (statement.startsWith("/*", i)) {
                    int end = statement.indexOf("*/", i + 2);
                    i = end < 0 ? statement.length() : end + 2;
                    out.append(' ');
                } else {
                    out.append(Character.isWhitespace(c) ? ' ' : c);
                    i++;
                }
            }
            return out.toString().trim().replaceAll(" +", " ").toUpperCase(Locale.ROOT);
        }
    }
}
