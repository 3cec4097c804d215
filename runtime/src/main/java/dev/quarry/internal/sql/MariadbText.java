package dev.quarry.internal.sql;

/** Rewrites SQL text written with double-quoted identifiers for MariaDB, which quotes them with backticks. */
final class MariadbText {
    private MariadbText() {
    }

    /**
     * {@code expression} with each double-quoted identifier in backticks (a doubled double quote
     * inside it becomes one, a backtick is doubled); string literals in single quotes are copied
     * as they are.
     */
    static String backtickIdentifiers(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int end = closing(expression, i, '\'');
                out.append(expression, i, end);
                i = end;
            } else if (c == '"') {
                int end = closing(expression, i, '"');
                String name = expression.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
                out.append('`').append(name.replace("`", "``")).append('`');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the quote closing the one at {@code start}; a doubled quote does not close. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
