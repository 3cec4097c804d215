package dev.quarry.internal.migration;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddColumn;
import dev.quarry.migration.SchemaChange.AlterColumn;
import dev.quarry.migration.SchemaChange.DropColumn;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The column changes of one table that both schemas have: renames, then added, altered and
 * dropped columns. A column that disappears while exactly one column of the same declared type,
 * nullability and generation appears (which no other disappearing column could have become) is
 * a rename candidate.
 *
 * @param changes the changes, in that order
 * @param renames old column name to new, for matching keys and constraints across renames
 */
record ColumnChanges(List<SchemaChange> changes, Map<String, String> renames) {
    static ColumnChanges of(Dialect dialect, TableSchema from, TableSchema to) {
        Map<String, ColumnSchema> before = byName(from.columns());
        Map<String, ColumnSchema> after = byName(to.columns());
        List<ColumnSchema> gone = from.columns().stream().filter(column -> !after.containsKey(column.name())).toList();
        List<ColumnSchema> added = to.columns().stream().filter(column -> !before.containsKey(column.name())).toList();

        Map<ColumnSchema, List<ColumnSchema>> candidates = new HashMap<>();
        Map<ColumnSchema, Integer> claims = new HashMap<>();
        for (ColumnSchema old : gone) {
            List<ColumnSchema> same = added.stream().filter(column -> sameShape(dialect, old, column)).toList();
            candidates.put(old, same);
            same.forEach(column -> claims.merge(column, 1, Integer::sum));
        }
        Map<String, String> renames = new LinkedHashMap<>();
        Map<String, ColumnSchema> renamedFrom = new HashMap<>();
        List<SchemaChange> changes = new ArrayList<>();
        for (ColumnSchema old : gone) {
            List<ColumnSchema> same = candidates.get(old);
            if (same.size() == 1 && claims.get(same.get(0)) == 1) {
                ColumnSchema renamed = same.get(0);
                renames.put(old.name(), renamed.name());
                renamedFrom.put(renamed.name(), old);
                changes.add(new RenameColumn(to.name(), old, renamed));
            }
        }
        for (ColumnSchema column : added) {
            if (!renamedFrom.containsKey(column.name())) {
                changes.add(new AddColumn(to.name(), column));
            }
        }
        for (ColumnSchema column : to.columns()) {
            ColumnSchema old = before.get(column.name());
            if (old == null && renamedFrom.containsKey(column.name())) {
                old = withName(renamedFrom.get(column.name()), column.name());
            }
            if (old != null) {
                alter(dialect, to.name(), old, column, changes);
            }
        }
        for (ColumnSchema column : gone) {
            if (!renames.containsKey(column.name())) {
                changes.add(new DropColumn(to.name(), column));
            }
        }
        return new ColumnChanges(List.copyOf(changes), Map.copyOf(renames));
    }

    /** The name a column of the old table has after the renames. */
    String renamed(String column) {
        return renames.getOrDefault(column, column);
    }

    /** Column names of the old table as they are after the renames. */
    List<String> renamed(List<String> columns) {
        return columns.stream().map(this::renamed).toList();
    }

    private static void alter(Dialect dialect, String table, ColumnSchema from, ColumnSchema to,
                              List<SchemaChange> changes) {
        boolean typeChanged = !sameType(dialect, from, to);
        boolean nullabilityChanged = from.nullable() != to.nullable();
        boolean defaultChanged = !(from.generated() && to.generated())
                && !Objects.equals(dialect.normalizeDefault(from.serverDefault()),
                        dialect.normalizeDefault(to.serverDefault()));
        if (typeChanged || nullabilityChanged || defaultChanged) {
            changes.add(new AlterColumn(table, from, to, typeChanged, nullabilityChanged, defaultChanged));
        }
    }

    /** Same declared type, and both or neither generated (an identity column differs in type from a plain one). */
    private static boolean sameType(Dialect dialect, ColumnSchema a, ColumnSchema b) {
        return dialect.declaredType(a).equalsIgnoreCase(dialect.declaredType(b)) && a.generated() == b.generated();
    }

    private static boolean sameShape(Dialect dialect, ColumnSchema a, ColumnSchema b) {
        return sameType(dialect, a, b) && a.nullable() == b.nullable();
    }

    private static ColumnSchema withName(ColumnSchema column, String name) {
        return new ColumnSchema(name, column.property(), column.type(), column.length(), column.precision(),
                column.scale(), column.nullable(), column.generated(), column.serverDefault(), column.sqlType());
    }

    private static Map<String, ColumnSchema> byName(List<ColumnSchema> columns) {
        Map<String, ColumnSchema> byName = new LinkedHashMap<>();
        for (ColumnSchema column : columns) {
            if (byName.put(column.name(), column) != null) {
                throw new IllegalArgumentException("column " + column.name() + " is listed twice");
            }
        }
        return byName;
    }
}
