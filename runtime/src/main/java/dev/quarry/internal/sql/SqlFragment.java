package dev.quarry.internal.sql;

/** A piece of a statement (a column, a condition, a sort) that writes itself into a {@link SqlBuilder}. */
public interface SqlFragment {
    /** Appends this fragment's SQL and parameters. */
    void renderTo(SqlBuilder sql);
}
