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
    /**
     * Appends {@code PARTITION BY} expressions: the function restarts for each distinct value.
     *
     * @param expressions the expressions to partition by
     * @return a new window with the partition
     */
    Window partitionBy(Expression<?, ?>... expressions);

    /**
     * Appends {@code ORDER BY} terms within each partition.
     *
     * @param sorts the order terms, in order
     * @return a new query with the order terms appended
     */
    Window orderBy(Sort<?>... sorts);
}
