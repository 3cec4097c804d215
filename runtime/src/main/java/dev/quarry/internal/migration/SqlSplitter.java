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
            int comment = SqlScanner.commentEnd(sql, i, true);
            if (comment > i) {
                i = comment;
            } else if (c == '\'' || c == '"') {
                content = true;
                i = SqlScanner.skipQuote(sql, i, c == '\'' && SqlScanner.opensEscapeString(sql, i));
            } else if (SqlScanner.dollarQuoteEnd(sql, i) > i) {
                content = true;
                i = SqlScanner.dollarQuoteEnd(sql, i);
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

    /**
     * Whether the {@code ;} at {@code i} is inside the body of a SQLite {@code CREATE TRIGGER}:
     * the statement so far creates a trigger and the semicolon does not follow its {@code END}.
     */
    private boolean insideTriggerBody(int i) {
        String words = SqlWords.of(sql.substring(start, i));
        return words.matches("CREATE (TEMP |TEMPORARY )?TRIGGER .*") && !words.endsWith(" END");
    }

    /** The words of a statement outside comments, upper-cased and separated by single spaces. */
    private static final class SqlWords {
        private SqlWords() {
        }

        static String of(String statement) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < statement.length()) {
                int comment = SqlScanner.commentEnd(statement, i, false);
                if (comment > i) {
                    i = comment;
                    out.append(' ');
                } else {
                    char c = statement.charAt(i);
                    out.append(Character.isWhitespace(c) ? ' ' : c);
                    i++;
                }
            }
            return out.toString().trim().replaceAll(" +", " ").toUpperCase(Locale.ROOT);
        }
    }
}
