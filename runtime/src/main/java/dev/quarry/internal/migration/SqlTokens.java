package dev.quarry.internal.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a SQL expression into tokens (words, numbers, quoted text, operators, brackets), never failing. */
final class SqlTokens {
    /** What a token is. */
    enum Kind { WORD, NUMBER, STRING, IDENTIFIER, OPERATOR, CAST, OPEN, CLOSE, COMMA }

    /**
     * One token. {@code text} is the source text, except for {@link Kind#IDENTIFIER}, whose text
     * is the name between the double quotes with doubled quotes undone.
     */
    record Token(Kind kind, String text) {
        boolean is(Kind other, String value) {
            return kind == other && text.equals(value);
        }
    }

    /** Words after which a sign starts a number rather than subtracting. */
    private static final Set<String> SIGN_AFTER = Set.of("and", "or", "not", "between", "when", "then", "else",
            "default", "in", "is", "like");

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|?:";

    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = SqlScanner.skipQuote(sql, i, false);
                tokens.add(new Token(Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (c == '"') {
                int end = SqlScanner.quoteEnd(sql, i, false);
                String inner = end < 0 ? sql.substring(i + 1) : sql.substring(i + 1, end - 1);
                tokens.add(new Token(Kind.IDENTIFIER, inner.replace("\"\"", "\"")));
                i = end < 0 ? sql.length() : end;
            } else if (c == '(' || c == '[') {
                tokens.add(new Token(Kind.OPEN, String.valueOf(c)));
                i++;
            } else if (c == ')' || c == ']') {
                tokens.add(new Token(Kind.CLOSE, String.valueOf(c)));
                i++;
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ","));
                i++;
            } else if (sql.startsWith("::", i)) {
                tokens.add(new Token(Kind.CAST, "::"));
                i += 2;
            } else if (startsNumber(sql, i) || (c == '-' || c == '+') && startsNumber(sql, i + 1) && signPosition(tokens)) {
                int end = numberEnd(sql, c == '-' || c == '+' ? i + 1 : i);
                tokens.add(new Token(Kind.NUMBER, sql.substring(c == '+' ? i + 1 : i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end)));
                i = end;
            } else {
                int end = i + 1;
                while (end < n && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0 && !sql.startsWith("::", end)
                        && !((sql.charAt(end) == '-' || sql.charAt(end) == '+') && startsNumber(sql, end + 1))) {
                    end++;
                }
                tokens.add(new Token(Kind.OPERATOR, sql.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    private static boolean startsNumber(String sql, int i) {
        return i < sql.length() && (Character.isDigit(sql.charAt(i))
                || sql.charAt(i) == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)));
    }

    private static int numberEnd(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < sql.length() && (sql.charAt(exponent) == '-' || sql.charAt(exponent) == '+')) {
                exponent++;
            }
            if (exponent < sql.length() && Character.isDigit(sql.charAt(exponent))) {
                i = exponent;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    /** Whether a sign here is a number's: at the start, after an operator, bracket, comma or keyword. */
    private static boolean signPosition(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token last = tokens.get(tokens.size() - 1);
        return switch (last.kind()) {
            case OPERATOR, OPEN, COMMA, CAST -> true;
            case WORD -> SIGN_AFTER.contains(last.text().toLowerCase(Locale.ROOT));
            default -> false;
        };
    }
}
