package dev.quarry.internal.migration;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddColumn;
import dev.quarry.migration.SchemaChange.AddIndex;
import dev.quarry.migration.SchemaChange.CreateTable;
import dev.quarry.migration.SchemaChange.DropColumn;
import dev.quarry.migration.SchemaChange.DropIndex;
import dev.quarry.migration.SchemaChange.DropTable;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders schema changes as SQLite DDL. What SQLite's {@code ALTER TABLE} does in place is
 * written as such: adding a nullable column or one with a constant default that is in no key or
 * unique constraint, renaming a column, dropping a column that no index, key or check uses, and
 * creating or dropping a non-unique index. Any other change to a table rebuilds it, once, where
 * its first change comes ({@link SqliteRebuild}); the rebuild then makes all of that table's
 * changes. The migrator runs the steps with foreign keys off, so the order of rebuilt, created
 * and dropped tables does not trip over their foreign keys.
 */
public final class SqliteChangeRenderer implements ChangeRenderer {
    private static final Pattern CONSTANT_DEFAULT = Pattern.compile(
            "(?i)[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(e[+-]?\\d+)?|'([^']|'')*'|x'[0-9a-f]*'|null|true|false");

    private final Dialect dialect;
    private final DdlParts ddl;

    public SqliteChangeRenderer(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = new DdlParts(dialect);
    }

    @Override
    public List<ScriptStep> render(SchemaDiff diff) {
        Map<String, List<SchemaChange>> rebuilds = rebuilds(diff);
        Set<String> rebuilt = new HashSet<>();
        List<ScriptStep> steps = new ArrayList<>();
        for (SchemaChange change : diff.changes()) {
            List<SchemaChange> reasons = rebuilds.get(change.table());
            if (reasons == null || isCreateOrDrop(change)) {
                inPlace(change, steps);
            } else if (rebuilt.add(change.table())) {
                steps.addAll(new SqliteRebuild(dialect, diff, change.table(), reasons).steps());
            }
        }
        return steps;
    }

    /** The tables to rebuild, each with the changes that need it, in the diff's order. */
    private Map<String, List<SchemaChange>> rebuilds(SchemaDiff diff) {
        Map<String, List<SchemaChange>> rebuilds = new LinkedHashMap<>();
        for (SchemaChange change : diff.changes()) {
            if (!isCreateOrDrop(change) && needsRebuild(change, diff)) {
                rebuilds.computeIfAbsent(change.table(), table -> new ArrayList<>()).add(change);
            }
        }
        return rebuilds;
    }

    private static boolean isCreateOrDrop(SchemaChange change) {
        return change instanceof CreateTable || change instanceof DropTable;
    }

    private boolean needsRebuild(SchemaChange change, SchemaDiff diff) {
        if (change instanceof RenameColumn) {
            return false;
        }
        if (change instanceof AddIndex add) {
            return add.index().unique();
        }
        if (change instanceof DropIndex drop) {
            return drop.index().unique();
        }
        if (change instanceof AddColumn add) {
            return !addsInPlace(add.column(), DdlParts.table(diff.to(), add.table(), "to"));
        }
        if (change instanceof DropColumn drop) {
            return !dropsInPlace(drop.column().name(), DdlParts.table(diff.from(), drop.table(), "from"), diff);
        }
        return true;
    }

    /**
     * Whether {@code ADD COLUMN} can add the column: no identity, a constant default (or none on a
     * nullable column), and in no primary key, unique constraint or foreign key of the target.
     */
    private static boolean addsInPlace(ColumnSchema column, TableSchema target) {
        if (column.generated() || (column.hasServerDefault()
                ? !CONSTANT_DEFAULT.matcher(unparenthesized(column.serverDefault())).matches()
                : !column.nullable())) {
            return false;
        }
        String name = column.name();
        return !target.primaryKey().contains(name)
                && target.indexes().stream().noneMatch(index -> index.unique() && index.columns().contains(name))
                && target.foreignKeys().stream().noneMatch(key -> key.columns().contains(name));
    }

    /**
     * Whether {@code DROP COLUMN} can drop the column: in no primary key, unique constraint,
     * foreign key or check of the source, nor in an index the diff does not drop first.
     */
    private static boolean dropsInPlace(String name, TableSchema source, SchemaDiff diff) {
        Set<String> droppedIndexes = new HashSet<>();
        for (SchemaChange change : diff.changes()) {
            if (change instanceof DropIndex drop && drop.table().equals(source.name())) {
                droppedIndexes.add(drop.index().name());
            }
        }
        Pattern mention = Pattern.compile("(?i)(^|[^a-z0-9_$])" + Pattern.quote(name) + "($|[^a-z0-9_$])");
        for (IndexSchema index : source.indexes()) {
            if (index.columns().contains(name) && (index.unique() || !droppedIndexes.contains(index.name()))) {
                return false;
            }
        }
        for (ForeignKeySchema key : source.foreignKeys()) {
            if (key.columns().contains(name)) {
                return false;
            }
        }
        for (CheckSchema check : source.checks()) {
            if (mention.matcher(check.expression()).find()) {
                return false;
            }
        }
        return !source.primaryKey().contains(name);
    }

    private static String unparenthesized(String expression) {
        String trimmed = expression.trim();
        while (trimmed.startsWith("(") && trimmed.endsWith(")")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    /** A change SQLite makes without a rebuild. */
    private void inPlace(SchemaChange change, List<ScriptStep> steps) {
        if (!ddl.renderCommon(change, steps)) {
            throw new IllegalStateException("not an in-place change in SQLite: " + change);
        }
    }
}
