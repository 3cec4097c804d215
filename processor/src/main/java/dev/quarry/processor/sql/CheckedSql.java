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
 */
public record CheckedSql(String jdbc, List<String> bindings, Shape shape, ColumnDescriptor column,
        Map<String, ColumnDescriptor> compared) {

    public CheckedSql {
        Objects.requireNonNull(jdbc, "jdbc");
        Objects.requireNonNull(shape, "shape");
        bindings = List.copyOf(bindings);
        compared = Collections.unmodifiableMap(new LinkedHashMap<>(compared));
    }

    /** This statement with the columns its placeholders are compared with. */
    CheckedSql withCompared(Map<String, ColumnDescriptor> columns) {
        return new CheckedSql(jdbc, bindings, shape, column, columns);
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
