package dev.quarry.query;

/**
 * A window for window functions: {@code OVER (PARTITION BY ... ORDER BY ...)}. Immutable: each
 * method returns a new window. Start one with {@link Sql#window()}.
 *
 * <pre>{@code
 * db.select(POST).select(POST.title, rowNumber().over(window().partitionBy(POST.authorId).orderBy(POST.id.asc())))
 * }</pre>
 */
public interface Window {
    /** Appends {@code PARTITION BY} expressions: the function restarts for each distinct value. */
    Window partitionBy(Expression<?, ?>... expressions);

    /** Appends {@code ORDER BY} terms within each partition. */
    Window orderBy(Sort<?>... sorts);
}
