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
    public Page {
        content = List.copyOf(content);
        Objects.requireNonNull(request, "request");
    }

    /** The number of pages ({@code 0} when there are no rows). */
    public long totalPages() {
        return (totalElements + request.size() - 1) / request.size();
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return request.offset() + content.size() < totalElements;
    }
}
