package dev.quarry.repository;

/**
 * Which page of results to read: the 0-based page number and the page size.
 *
 * @param number the page number, from 0
 * @param size   the number of rows per page, at least 1
 */
public record PageRequest(int number, int size) {
    public PageRequest {
        if (number < 0) {
            throw new IllegalArgumentException("page number must not be negative (was " + number + ")");
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1 (was " + size + ")");
        }
    }

    /** Page {@code number} (from 0) of {@code size} rows. */
    public static PageRequest of(int number, int size) {
        return new PageRequest(number, size);
    }

    /** The number of rows before this page. */
    public long offset() {
        return (long) number * size;
    }

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(number + 1, size);
    }
}
