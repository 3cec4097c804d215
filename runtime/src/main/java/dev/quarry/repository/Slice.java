package dev.quarry.repository;

import java.util.List;
import java.util.Objects;

/**
 * One page of results without the total: cheaper than a {@link Page}, since it reads one row
 * past the page to know whether another follows, instead of counting.
 *
 * @param content the rows of this page
 * @param request the page that was asked for
 * @param hasNext whether a page follows this one
 * @param <T>     the row type
 */
public record Slice<T>(List<T> content, PageRequest request, boolean hasNext) {
    /**
     * Creates a slice; {@code content} is copied.
     *
     * @param content the rows of this page
     * @param request the page that was asked for
     * @param hasNext whether a page follows this one
     */
    public Slice {
        content = List.copyOf(content);
        Objects.requireNonNull(request, "request");
    }
}
