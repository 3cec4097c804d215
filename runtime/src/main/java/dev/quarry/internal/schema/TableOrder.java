package dev.quarry.internal.schema;

import dev.quarry.exception.ConfigurationException;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders tables so that every table comes after the tables its foreign keys reference
 * (a depth-first topological sort that keeps the given order where it is free). References to
 * the table itself and to tables outside the set do not constrain the order; a cycle is an error.
 */
public final class TableOrder {
    private TableOrder() {
    }

    static List<TableSchema> referencedFirst(List<TableSchema> tables) {
        return referencedFirst(tables, cycle -> new ConfigurationException("cannot order the tables for creation: their"
                + " foreign keys form a cycle " + cycle + ": remove the @ForeignKey of one of them, and on PostgreSQL add"
                + " that constraint after createAll() with ALTER TABLE ... ADD FOREIGN KEY (SQLite cannot add one to an"
                + " existing table)"));
    }

    /**
     * As {@link #referencedFirst(List)}, failing with {@code cycleError} applied to the cycle
     * ({@code "a -> b -> a"}) when the foreign keys form one.
     */
    public static List<TableSchema> referencedFirst(List<TableSchema> tables,
                                                    Function<String, ? extends RuntimeException> cycleError) {
        Map<String, TableSchema> byName = new HashMap<>();
        for (TableSchema table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalArgumentException("table " + table.name() + " is listed twice");
            }
        }
        List<TableSchema> ordered = new ArrayList<>(tables.size());
        Set<String> done = new HashSet<>();
        for (TableSchema table : tables) {
            visit(table, byName, done, new LinkedHashSet<>(), ordered, cycleError);
        }
        return List.copyOf(ordered);
    }

    private static void visit(TableSchema table, Map<String, TableSchema> byName, Set<String> done,
                              LinkedHashSet<String> path, List<TableSchema> ordered,
                              Function<String, ? extends RuntimeException> cycleError) {
        if (done.contains(table.name())) {
            return;
        }
        if (!path.add(table.name())) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (String name : path) {
                inCycle |= name.equals(table.name());
                if (inCycle) {
                    cycle.add(name);
                }
            }
            cycle.add(table.name());
            throw cycleError.apply(String.join(" -> ", cycle));
        }
        for (ForeignKeySchema foreignKey : table.foreignKeys()) {
            TableSchema referenced = byName.get(foreignKey.referencedTable());
            if (referenced != null && referenced != table) {
                visit(referenced, byName, done, path, ordered, cycleError);
            }
        }
        path.remove(table.name());
        done.add(table.name());
        ordered.add(table);
    }
}
