package dev.quarry.internal.migration;

/**
 * Where the quoted parts, comments and dollar quotes of SQL text end: the scanning that
 * {@link SqlTokens}, {@link SqliteSqlTokens} and {@link SqlSplitter} share (each keeps its own tokens).
 */
final class SqlScanner {
    private SqlScanner() {
    }

    /**
     * The index after the quoted part that opens at {@code start} with {@code '}, {@code "},
     * {@code `} or {@code [} (closed by {@code ]}), or {@code -1} when the text ends inside it. A
     * doubled closing quote stays inside (not in {@code [..]}); with {@code backslashEscapes}, a
     * backslash takes the character after it inside too.
     */
    static int quoteEnd(String sql, int start, boolean backslashEscapes) {
        char open = sql.charAt(start);
        char close = open == '[' ? ']' : open;
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c != close) {
                i++;
            } else if (open != '[' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                i += 2;
            } else {
                return i + 1;
            }
        }
        return -1;
    }

    /** {@link #quoteEnd}, with a quoted part the text ends inside running to its end. */
    static int skipQuote(String sql, int start, boolean backslashEscapes) {
        int end = quoteEnd(sql, start, backslashEscapes);
        return end < 0 ? sql.length() : end;
    }

    /** Whether the quote at {@code i} opens a PostgreSQL escape string ({@code E'...'}). */
    static boolean opensEscapeString(String sql, int i) {
        return i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                && (i < 2 || !isWordChar(sql.charAt(i - 2)));
    }

    /**
     * The index after the comment starting at {@code start} ({@code --} up to and with its line
     * break, or {@code /* *\/}), the end of the text when it ends inside, or {@code start} when no
     * comment starts there. With {@code nestedBlocks}, block comments nest (as in PostgreSQL).
     */
    static int commentEnd(String sql, int start, boolean nestedBlocks) {
        if (sql.startsWith("--", start)) {
            int end = sql.indexOf('\n', start);
            return end < 0 ? sql.length() : end + 1;
        }
        if (!sql.startsWith("/*", start)) {
            return start;
        }
        if (!nestedBlocks) {
            int end = sql.indexOf("*/", start + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /**
     * The index after the PostgreSQL dollar quote ({@code $$...$$} or {@code $tag$...$tag$})
     * starting at {@code start}, the end of the text when it is not closed, or {@code start} when
     * no dollar quote starts there (a {@code $} inside a name, or a parameter such as {@code $1}).
     */
    static int dollarQuoteEnd(String sql, int start) {
        String tag = dollarTag(sql, start);
        if (tag == null) {
            return start;
        }
        int close = sql.indexOf(tag, start + tag.length());
        return close < 0 ? sql.length() : close + tag.length();
    }

    private static String dollarTag(String sql, int i) {
        if (sql.charAt(i) != '$' || i > 0 && (isWordChar(sql.charAt(i - 1)) || sql.charAt(i - 1) == '$')) {
            return null;
        }
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
            return null;
        }
        while (j < sql.length() && isWordChar(sql.charAt(j))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
