package dev.quarry.processor.sql;

import dev.quarry.processor.model.ColumnDescriptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 */
public record CheckedSql(String jdbc, List<String> bindings, Shape shape, ColumnDescriptor column,
        Map<String, ColumnDescriptor> compared, List<Item> items) {

    public CheckedSql {
        Objects.requireNonNull(jdbc, "jdbc");
        Objects.requireNonNull(shape, "shape");
        bindings = List.copyOf(bindings);
        compared = Collections.unmodifiableMap(new LinkedHashMap<>(compared));
        items = List.copyOf(items);
    }

    /** This statement with the columns its placeholders are compared with. */
    CheckedSql withCompared(Map<String, ColumnDescriptor> columns) {
        return new CheckedSql(jdbc, bindings, shape, column, columns, items);
    }

    /** This statement with its select list. */
    CheckedSql withItems(List<Item> selected) {
        return new CheckedSql(jdbc, bindings, shape, column, compared, selected);
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
