package dev.quarry.internal.migration;

/** Normalises check constraint expressions per dialect, so a model's check and the catalog's compare equal. */
public final class CheckExpressions {
    private CheckExpressions() {
    }

    /**
     * A PostgreSQL check expression as the model writes it or {@code pg_get_constraintdef}
     * reports it (with or without {@code CHECK}), in canonical form: the model's
     * {@code "status" IN ('A', 'B')} and the catalog's
     * {@code ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))}
     * are both {@code status in ('A', 'B')}.
     */
    public static String postgresql(String expression) {
        return ExpressionText.normalize(expression, true);
    }

    /**
     * A SQLite check expression (SQLite keeps the text of the DDL), in canonical form: quotes
     * dropped from plain names, keywords lower-cased, redundant parentheses and spacing removed.
     */
    public static String sqlite(String expression) {
        return ExpressionText.normalize(expression, false);
    }
}
