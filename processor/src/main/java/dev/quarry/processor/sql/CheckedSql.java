package dev.quarry.processor.sql;

import dev.quarry.processor.model.ColumnDescriptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code @Query} statement after its compile-time check: the JDBC text to run, the method
 * parameters to bind in order, and what its rows hold.
 *
 * @param jdbc     the SQL with {@code ?} placeholders (a {@code *} of the entity expanded to its columns)
 * @param bindings the method parameter bound to each {@code ?}, in order
 * @param shape    what the statement produces
 * @param column   for {@link Shape#ONE_COLUMN}, the entity column it selects, or {@code null} for an expression
 * @param compared placeholder name → the entity column it is compared with, assigned to or inserted into
 *                 (the first such use), for checking the parameter's type
 * @param items    the select list of a {@code SELECT} as written (before any {@code *} expansion), in order;
 *                 empty for other statements
 * @param offsets  the position in {@code jdbc} of each binding's {@code ?}, in the order of {@code bindings}
 * @param inLists  the placeholder names every use of which is the whole list of an {@code IN} or
 *                 {@code NOT IN} ({@code col in (:ids)}), so a collection may take their place; sorted
 * @param expanded the method parameters that are collections, whose {@code ?} becomes one {@code ?} per
 *                 element at execution (a subset of {@code inLists}); sorted, empty until the method's
 *                 parameters are read
 */
public record CheckedSql(String jdbc, List<String> bindings, Shape shape, ColumnDescriptor column,
        Map<String, ColumnDescriptor> compared, List<Item> items, List<Integer> offsets, Set<String> inLists,
        Set<String> expanded) {

    public CheckedSql {
        Objects.requireNonNull(jdbc, "jdbc");
        Objects.requireNonNull(shape, "shape");
        bindings = List.copyOf(bindings);
        compared = Collections.unmodifiableMap(new LinkedHashMap<>(compared));
        items = List.copyOf(items);
        offsets = List.copyOf(offsets);
        inLists = Collections.unmodifiableSet(new TreeSet<>(inLists));
        expanded = Collections.unmodifiableSet(new TreeSet<>(expanded));
        if (offsets.size() != bindings.size()) {
            throw new IllegalArgumentException(bindings.size() + " bindings but " + offsets.size() + " offsets");
        }
        if (!inLists.containsAll(expanded)) {
            throw new IllegalArgumentException("expanded " + expanded + " outside the IN lists " + inLists);
        }
    }

    /** This statement with the columns its placeholders are compared with. */
    CheckedSql withCompared(Map<String, ColumnDescriptor> columns) {
        return new CheckedSql(jdbc, bindings, shape, column, columns, items, offsets, inLists, expanded);
    }

    /** This statement with its select list. */
    CheckedSql withItems(List<Item> selected) {
        return new CheckedSql(jdbc, bindings, shape, column, compared, selected, offsets, inLists, expanded);
    }

    /** This statement with the placeholders that are whole {@code IN} lists. */
    CheckedSql withInLists(Set<String> names) {
        return new CheckedSql(jdbc, bindings, shape, column, compared, items, offsets, names, expanded);
    }

    /** This statement with the collection parameters to expand at execution; each must be in {@link #inLists()}. */
    public CheckedSql withExpanded(Set<String> names) {
        return new CheckedSql(jdbc, bindings, shape, column, compared, items, offsets, inLists, names);
    }

    /**
     * One item of a select list.
     *
     * @param name   its alias, or the name of the column it selects, without quotes and in lower case;
     *               {@code null} for an expression without an alias
     * @param text   the item as SQL text, for messages
     * @param column the entity column it selects, or {@code null} for an expression or an ambiguous column
     * @param star   whether it is {@code *} or {@code t.*}
     */
    public record Item(String name, String text, ColumnDescriptor column, boolean star) {
        public Item {
            Objects.requireNonNull(text, "text");
        }
    }

    /** What a statement produces. */
    public enum Shape {
        /** Every column of the repository's entity, in the entity's order. */
        ENTITY,
        /** One column. */
        ONE_COLUMN,
        /** Several columns that are not the entity's. */
        OTHER_COLUMNS,
        /** A row count: {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code MERGE}. */
        ROW_COUNT
    }
}
