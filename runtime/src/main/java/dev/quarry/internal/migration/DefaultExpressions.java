package dev.quarry.internal.migration;

/** Normalises server default expressions per dialect, so equal defaults compare equal. */
public final class DefaultExpressions {
    private DefaultExpressions() {
    }

    /** A PostgreSQL default as the model writes it or {@code pg_get_expr} reports it. */
    public static String postgresql(String expression) {
        return expression;
    }

    /** A SQLite default as the model writes it or {@code PRAGMA table_info} reports it. */
    public static String sqlite(String expression) {
        return expression;
    }
}
