package dev.quarry.repository;

/**
 * Which page of results to read: the 0-based page number and the page size.
 *
 * @param number the page number, from 0
 * @param size   the number of rows per page, at least 1
 */
public record PageRequest(int number, int size) {
    /**
     * Creates a page request.
     *
     * @param number the page number, from 0
     * @param size the number of rows per page, at least 1
     * @throws IllegalArgumentException if {@code number} is negative or {@code size} is below 1
     */
    public PageRequest {
        if (number < 0) {
            throw new IllegalArgumentException("page number must not be negative (was " + number + ")");
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1 (was " + size + ")");
        }
    }

    /**
     * Page {@code number} (from 0) of {@code size} rows.
     *
     * @param number the page number, from 0
     * @param size the number of rows per page, at least 1
     * @return the page request
     */
    public static PageRequest of(int number, int size) {
        return new PageRequest(number, size);
    }

    /**
     * The number of rows before this page.
     *
     * @return a new query with the offset
     */
    public long offset() {
        return (long) number * size;
    }

    /**
     * The page after this one.
     *
     * @return the request for the next page
     */
    public PageRequest next() {
        return new PageRequest(number + 1, size);
    }
}
