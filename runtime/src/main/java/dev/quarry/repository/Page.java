package dev.quarry.repository;

import java.util.List;
import java.util.Objects;

/**
 * One page of results and the total number of results over all pages.
 *
 * @param content       the rows of this page
 * @param request       the page that was asked for
 * @param totalElements the number of rows on all pages
 * @param <T>           the row type
 */
public record Page<T>(List<T> content, PageRequest request, long totalElements) {
    /**
     * Creates a page; {@code content} is copied.
     *
     * @param content the rows of this page
     * @param request the page that was asked for
     * @param totalElements the number of rows on all pages
     */
    public Page {
        content = List.copyOf(content);
        Objects.requireNonNull(request, "request");
    }

    /**
     * The number of pages ({@code 0} when there are no rows).
     *
     * @return the number of pages
     */
    public long totalPages() {
        return (totalElements + request.size() - 1) / request.size();
    }

    /**
     * Whether a page follows this one.
     *
     * @return {@code true} if a page follows
     */
    public boolean hasNext() {
        return request.offset() + content.size() < totalElements;
    }
}
