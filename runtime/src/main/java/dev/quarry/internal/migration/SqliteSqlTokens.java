package dev.quarry.internal.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite SQL text into tokens: words, quoted identifiers, string literals, symbols, and
 * parenthesised groups kept whole (balanced, quotes and comments respected), for reading
 * {@code CREATE TABLE} statements back.
 */
final class SqliteSqlTokens {
    /** What a token is. */
    enum Kind { WORD, IDENTIFIER, STRING, GROUP, SYMBOL }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text a word or symbol as written, an identifier unquoted, a string literal with its
     *     quotes, or what a group's parentheses hold (as written)
     */
    record Token(Kind kind, String text) {
        /** Whether this is the word {@code word}, ignoring case. */
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** Whether this names something: a word or a quoted identifier. */
        boolean isName() {
            return kind == Kind.WORD || kind == Kind.IDENTIFIER;
        }
    }

    private final String sql;
    private int at;

    private SqliteSqlTokens(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}, without whitespace and comments. */
    static List<Token> of(String sql) {
        return new SqliteSqlTokens(sql).all();
    }

    /** {@code tokens} split at the commas between them (commas inside groups are inside their group token). */
    static List<List<Token>> splitAtCommas(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> part = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() == Kind.SYMBOL && token.text().equals(",")) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(token);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** The column names a group such as {@code ("a", b COLLATE nocase DESC)} lists: the first name of each part. */
    static List<String> names(Token group) {
        List<String> names = new ArrayList<>();
        for (List<Token> part : splitAtCommas(of(group.text()))) {
            if (!part.isEmpty() && part.get(0).isName()) {
                names.add(part.get(0).text());
            }
        }
        return names;
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (at >= sql.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        char c = sql.charAt(at);
        switch (c) {
            case '"', '`', '[' -> {
                return new Token(Kind.IDENTIFIER, unquote(quoted()));
            }
            case '\'' -> {
                return new Token(Kind.STRING, quoted());
            }
            case '(' -> {
                int start = at;
                int end = skipGroup();
                return new Token(Kind.GROUP, sql.substring(start + 1, end - 1));
            }
            default -> {
                if (isWordChar(c)) {
                    int start = at;
                    while (at < sql.length() && isWordChar(sql.charAt(at))) {
                        at++;
                    }
                    return new Token(Kind.WORD, sql.substring(start, at));
                }
                at++;
                return new Token(Kind.SYMBOL, String.valueOf(c));
            }
        }
    }

    /** Skips a parenthesised group starting at {@code at}; returns the position after its closing parenthesis. */
    private int skipGroup() {
        int depth = 0;
        while (at < sql.length()) {
            skipSpaceAndComments();
            if (at >= sql.length()) {
                break;
            }
            char c = sql.charAt(at);
            switch (c) {
                case '(' -> {
                    depth++;
                    at++;
                }
                case ')' -> {
                    depth--;
                    at++;
                    if (depth == 0) {
                        return at;
                    }
                }
                case '"', '`', '\'', '[' -> quoted();
                default -> at++;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in: " + sql);
    }

    /** Reads the quoted token at {@code at} (see {@link SqlScanner#quoteEnd}) and returns it with its quotes. */
    private String quoted() {
        int start = at;
        int end = SqlScanner.quoteEnd(sql, start, false);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated quote in: " + sql);
        }
        at = end;
        return sql.substring(start, end);
    }

    private static String unquote(String quoted) {
        char close = quoted.charAt(quoted.length() - 1);
        String inner = quoted.substring(1, quoted.length() - 1);
        return quoted.charAt(0) == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
    }

    private void skipSpaceAndComments() {
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (SqlScanner.commentEnd(sql, at, false) > at) {
                at = SqlScanner.commentEnd(sql, at, false);
            } else {
                return;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
