package dev.quarry.internal.migration;

import dev.quarry.internal.schema.TableOrder;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddCheck;
import dev.quarry.migration.SchemaChange.AddForeignKey;
import dev.quarry.migration.SchemaChange.AddIndex;
import dev.quarry.migration.SchemaChange.AlterPrimaryKey;
import dev.quarry.migration.SchemaChange.CreateTable;
import dev.quarry.migration.SchemaChange.DropCheck;
import dev.quarry.migration.SchemaChange.DropForeignKey;
import dev.quarry.migration.SchemaChange.DropIndex;
import dev.quarry.migration.SchemaChange.DropTable;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares two schemas: a pure function, unit-tested without a database. The changes come in the
 * order scripts apply them: foreign keys, checks and indexes of kept tables dropped; new tables
 * created (referenced first); per kept table (by name) columns renamed, added, altered, dropped
 * and the primary key changed; indexes and checks added; foreign keys added; old tables dropped
 * (referencing first). Tables and columns match by name, indexes and foreign keys by content
 * (after column renames), checks by name and normalised expression.
 */
public final class SchemaDiffer {
    private final Dialect dialect;

    public SchemaDiffer(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The changes taking {@code from} to {@code to}. */
    public SchemaDiff diff(List<TableSchema> from, List<TableSchema> to) {
        Map<String, TableSchema> before = byName(from);
        Map<String, TableSchema> after = byName(to);
        List<String> kept = after.keySet().stream().filter(before::containsKey).sorted().toList();
        List<TableSchema> created = to.stream().filter(table -> !before.containsKey(table.name())).toList();
        List<TableSchema> dropped = from.stream().filter(table -> !after.containsKey(table.name())).toList();

        Map<String, ColumnChanges> columns = new LinkedHashMap<>();
        for (String name : kept) {
            columns.put(name, ColumnChanges.of(dialect, before.get(name), after.get(name)));
        }

        List<SchemaChange> changes = new ArrayList<>();
        for (String name : kept) {
            for (ForeignKeySchema foreignKey : unmatched(before.get(name).foreignKeys(),
                    fk -> foreignKeyKey(renamed(fk, name, columns)), after.get(name).foreignKeys(),
                    SchemaDiffer::foreignKeyKey)) {
                changes.add(new DropForeignKey(name, foreignKey));
            }
        }
        for (String name : kept) {
            for (CheckSchema check : changedChecks(before.get(name), after.get(name))) {
                changes.add(new DropCheck(name, check));
            }
            ColumnChanges renames = columns.get(name);
            for (IndexSchema index : unmatched(before.get(name).indexes(), ix -> indexKey(renames.renamed(ix.columns()), ix),
                    after.get(name).indexes(), ix -> indexKey(ix.columns(), ix))) {
                changes.add(new DropIndex(name, index));
            }
        }
        for (TableSchema table : TableOrder.referencedFirst(created, cycle -> cycle("create", cycle))) {
            changes.add(new CreateTable(table));
        }
        for (String name : kept) {
            ColumnChanges columnChanges = columns.get(name);
            changes.addAll(columnChanges.changes());
            List<String> oldKey = columnChanges.renamed(before.get(name).primaryKey());
            if (!oldKey.equals(after.get(name).primaryKey())) {
                changes.add(new AlterPrimaryKey(name, oldKey, after.get(name).primaryKey()));
            }
        }
        for (String name : kept) {
            ColumnChanges renames = columns.get(name);
            for (IndexSchema index : unmatched(after.get(name).indexes(), ix -> indexKey(ix.columns(), ix),
                    before.get(name).indexes(), ix -> indexKey(renames.renamed(ix.columns()), ix))) {
                changes.add(new AddIndex(name, index));
            }
            for (CheckSchema check : changedChecks(after.get(name), before.get(name))) {
                changes.add(new AddCheck(name, check));
            }
        }
        for (String name : kept) {
            for (ForeignKeySchema foreignKey : unmatched(after.get(name).foreignKeys(), SchemaDiffer::foreignKeyKey,
                    before.get(name).foreignKeys(), fk -> foreignKeyKey(renamed(fk, name, columns)))) {
                changes.add(new AddForeignKey(name, foreignKey));
            }
        }
        List<TableSchema> dropOrder = new ArrayList<>(TableOrder.referencedFirst(dropped, cycle -> cycle("drop", cycle)));
        for (int i = dropOrder.size() - 1; i >= 0; i--) {
            changes.add(new DropTable(dropOrder.get(i)));
        }
        return new SchemaDiff(from, to, changes);
    }

    /**
     * The checks of {@code table} that {@code other} lacks by name, or has with an expression
     * that differs after {@link Dialect#normalizeCheck}.
     */
    private List<CheckSchema> changedChecks(TableSchema table, TableSchema other) {
        Map<String, CheckSchema> others = new LinkedHashMap<>();
        other.checks().forEach(check -> others.put(check.name(), check));
        List<CheckSchema> changed = new ArrayList<>();
        for (CheckSchema check : table.checks()) {
            CheckSchema match = others.get(check.name());
            if (match == null || !dialect.normalizeCheck(match.expression())
                    .equals(dialect.normalizeCheck(check.expression()))) {
                changed.add(check);
            }
        }
        return changed;
    }

    /** A foreign key of a kept table with its own and its referenced table's column renames applied. */
    private static ForeignKeySchema renamed(ForeignKeySchema foreignKey, String table, Map<String, ColumnChanges> columns) {
        ColumnChanges own = columns.get(table);
        ColumnChanges referenced = columns.get(foreignKey.referencedTable());
        return new ForeignKeySchema(foreignKey.name(), own.renamed(foreignKey.columns()), foreignKey.referencedTable(),
                referenced == null ? foreignKey.referencedColumns() : referenced.renamed(foreignKey.referencedColumns()),
                foreignKey.onDelete());
    }

    private static Object foreignKeyKey(ForeignKeySchema foreignKey) {
        return List.of(foreignKey.columns(), foreignKey.referencedTable(), foreignKey.referencedColumns(),
                foreignKey.onDelete());
    }

    private static Object indexKey(List<String> columns, IndexSchema index) {
        return List.of(columns, index.unique());
    }

    /** The items whose key no other has (each other matching one item at most), in their order. */
    private static <T> List<T> unmatched(List<T> items, Function<T, Object> key, List<T> others,
                                         Function<T, Object> otherKey) {
        List<Object> remaining = new ArrayList<>(others.stream().map(otherKey).toList());
        List<T> unmatched = new ArrayList<>();
        for (T item : items) {
            if (!remaining.remove(key.apply(item))) {
                unmatched.add(item);
            }
        }
        return unmatched;
    }

    private static Map<String, TableSchema> byName(List<TableSchema> tables) {
        Map<String, TableSchema> byName = new LinkedHashMap<>();
        for (TableSchema table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalArgumentException("table " + table.name() + " is listed twice");
            }
        }
        return byName;
    }

    private static MigrationException cycle(String verb, String cycle) {
        return new MigrationException("cannot order the tables to " + verb + ": their foreign keys form a cycle " + cycle
                + "; a migration cannot " + verb + " them with their foreign keys in one step: write that script by hand");
    }
}
