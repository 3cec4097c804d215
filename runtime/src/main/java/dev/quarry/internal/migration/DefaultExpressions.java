package dev.quarry.internal.migration;

/**
 * Normalises server default expressions per dialect, so equal defaults compare equal: the
 * model's {@code @Column(serverDefault = ...)} text and the catalog's report of it.
 */
public final class DefaultExpressions {
    private DefaultExpressions() {
    }

    /**
     * A PostgreSQL default as the model writes it or {@code pg_get_expr} reports it, in canonical
     * form: {@code 'draft'::character varying} and {@code 'draft'} are both {@code 'draft'},
     * {@code '-1'::integer} and {@code (-1)} both {@code -1}, {@code now()} and
     * {@code CURRENT_TIMESTAMP} both {@code current_timestamp}, {@code TRUE} is {@code true}.
     * {@code null} stays {@code null}.
     */
    public static String postgresql(String expression) {
        return expression == null ? null : ExpressionText.normalize(expression, true);
    }

    /**
     * A SQLite default as the model writes it or {@code PRAGMA table_info} reports it, in
     * canonical form: outer parentheses dropped, keywords lower-cased, spacing made uniform.
     * {@code null} stays {@code null}.
     */
    public static String sqlite(String expression) {
        return expression == null ? null : ExpressionText.normalize(expression, false);
    }
}
