package dev.quarry.internal.migration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration version: numbers separated by dots or underscores, compared number by number
 * ({@code 1 < 1.1 < 2 < 10}); trailing zeros do not count ({@code 1} equals {@code 1.0}).
 *
 * @param parts the numbers, without trailing zeros (empty for version 0)
 * @param text  the version as written, with underscores as dots
 */
record Version(List<BigInteger> parts, String text) implements Comparable<Version> {
    private static final Pattern FORMAT = Pattern.compile("\\d+([._]\\d+)*");

    /** The version before every migration: {@code downgradeTo("0")} undoes them all. */
    static final Version ZERO = parse("0");

    Version {
        parts = List.copyOf(parts);
    }

    /** Whether {@code text} is a version. */
    static boolean isVersion(String text) {
        return FORMAT.matcher(text).matches();
    }

    /**
     * Parses a version.
     *
     * @throws IllegalArgumentException if {@code text} is not numbers separated by dots or underscores
     */
    static Version parse(String text) {
        if (!isVersion(text)) {
            throw new IllegalArgumentException("not a version (numbers separated by dots): '" + text + "'");
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new Version(parts, text.replace('_', '.'));
    }

    /** The first number ({@code 3} of {@code 3.1}), 0 for version 0. */
    BigInteger major() {
        return parts.isEmpty() ? BigInteger.ZERO : parts.get(0);
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger mine = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger theirs = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** Versions are equal when their numbers are: {@code 1.0} equals {@code 1}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && version.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
