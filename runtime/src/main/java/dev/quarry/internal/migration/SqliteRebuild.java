package dev.quarry.internal.migration;

import dev.quarry.internal.schema.DdlWriter;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AlterColumn;
import dev.quarry.migration.SchemaChange.DropColumn;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One SQLite table rebuilt to its target definition, for changes {@code ALTER TABLE} cannot make:
 * {@code CREATE TABLE "_quarry_new_<t>"} as the target declares it, {@code INSERT INTO} it the
 * rows of {@code t} (renamed columns from their old names, new columns left to their default),
 * {@code DROP TABLE t}, rename the new table to {@code t}, and create the target's non-unique
 * indexes again. It makes every change of the table in the diff.
 */
final class SqliteRebuild {
    /** The prefix of the table a rebuild fills before it takes the old one's name. */
    static final String NEW_TABLE_PREFIX = "_quarry_new_";

    private final DdlParts ddl;
    private final DdlWriter writer;
    private final Dialect dialect;
    private final String table;
    private final TableSchema source;
    private final TableSchema target;
    private final List<SchemaChange> reasons;
    private final List<SchemaChange> changes = new ArrayList<>();

    /**
     * A rebuild of {@code table} from its definition in {@code diff.from()} to the one in
     * {@code diff.to()}; {@code reasons} are the changes that need it.
     */
    SqliteRebuild(Dialect dialect, SchemaDiff diff, String table, List<SchemaChange> reasons) {
        this.dialect = dialect;
        this.ddl = new DdlParts(dialect);
        this.writer = new DdlWriter(dialect);
        this.table = table;
        this.source = DdlParts.table(diff.from(), table, "from");
        this.target = DdlParts.table(diff.to(), table, "to");
        this.reasons = List.copyOf(reasons);
        for (SchemaChange change : diff.changes()) {
            if (change.table().equals(table)) {
                changes.add(change);
            }
        }
    }

    /** The steps of the rebuild. */
    List<ScriptStep> steps() {
        List<ScriptStep> steps = new ArrayList<>();
        String newTable = NEW_TABLE_PREFIX + table;
        TableSchema created = new TableSchema(newTable, target.columns(), target.primaryKey(), target.foreignKeys(),
                target.indexes().stream().filter(IndexSchema::unique).toList(), target.version(), target.createdAt(),
                target.updatedAt(), target.checks());
        steps.add(new ScriptStep(header(), writer.create(created).get(0)));
        List<String> comments = new ArrayList<>();
        String copy = copy(newTable, comments);
        if (copy != null) {
            steps.add(new ScriptStep(comments, copy));
            comments = List.of();
        }
        steps.add(new ScriptStep(comments, "DROP TABLE " + ddl.quote(table)));
        steps.add(ScriptStep.of(ddl.alterTable(newTable) + "RENAME TO " + ddl.quote(table)));
        for (IndexSchema index : target.indexes()) {
            if (!index.unique()) {
                steps.add(ScriptStep.of(writer.createIndex(table, index)));
            }
        }
        return steps;
    }

    private List<String> header() {
        List<String> lines = new ArrayList<>();
        lines.add("Rebuilds table " + table + " (create the new table, copy the rows, drop the old one, rename,");
        lines.add("re-create the indexes): SQLite's ALTER TABLE cannot make these changes in place:");
        for (SchemaChange reason : reasons) {
            lines.add("  " + reason);
        }
        List<SchemaChange> others = changes.stream().filter(change -> !reasons.contains(change)).toList();
        if (!others.isEmpty()) {
            lines.add("The rebuild makes the table's other changes too:");
            for (SchemaChange other : others) {
                lines.add("  " + other);
            }
        }
        lines.add("Run with PRAGMA foreign_keys=OFF, as Quarry does (it runs PRAGMA foreign_key_check before");
        lines.add("committing): with foreign keys on, dropping the old table deletes or fails on the rows that reference it.");
        return lines;
    }

    /**
     * The {@code INSERT .. SELECT}, or {@code null} when no column keeps its values; adds the
     * warnings about what the copy can lose or fail on to {@code comments}.
     */
    private String copy(String newTable, List<String> comments) {
        Map<String, String> renamedFrom = new HashMap<>();
        Set<String> renamedAway = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof RenameColumn rename) {
                renamedFrom.put(rename.to().name(), rename.from().name());
                renamedAway.add(rename.from().name());
                comments.add("Rename candidate: " + table + "." + rename.to().name() + " takes the values of "
                        + rename.from().name() + ". Confirm it is a rename;");
                comments.add("if it is not, drop " + ddl.quote(rename.from().name()) + " from the SELECT list and "
                        + ddl.quote(rename.to().name()) + " from the INSERT list.");
            } else if (change instanceof DropColumn drop) {
                comments.add("WARNING: drops column " + table + "." + drop.column().name() + " and its data");
            } else if (change instanceof AlterColumn alter) {
                comments.addAll(alterWarnings(alter));
            }
        }
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (ColumnSchema column : target.columns()) {
            String old = renamedFrom.getOrDefault(column.name(),
                    renamedAway.contains(column.name()) ? null : column.name());
            if (old != null && DdlParts.column(source, old) != null) {
                into.add(column.name());
                from.add(old);
            } else if (!column.nullable() && !column.hasServerDefault() && !column.generated()) {
                comments.add("WARNING: new NOT NULL column " + table + "." + column.name() + " has no default:"
                        + " the copy fails if " + table + " has rows; set a serverDefault or backfill");
            }
        }
        if (into.isEmpty()) {
            comments.add("WARNING: no column of " + table + " is kept: its rows are lost");
            return null;
        }
        return "INSERT INTO " + ddl.quote(newTable) + " (" + writer.columnList(into) + ")\n"
                + "SELECT " + writer.columnList(from) + " FROM " + ddl.quote(table);
    }

    private List<String> alterWarnings(AlterColumn alter) {
        List<String> warnings = new ArrayList<>();
        String column = table + "." + alter.to().name();
        if (alter.typeChanged()) {
            warnings.add("WARNING: changes the type of " + column + " from " + dialect.declaredType(alter.from()) + " to "
                    + dialect.declaredType(alter.to()) + ": values are copied with the new type's affinity");
        }
        if (alter.nullabilityChanged() && !alter.to().nullable()) {
            warnings.add("WARNING: sets " + column + " NOT NULL: the copy fails if the column holds NULLs"
                    + " (backfill them first)");
        }
        return warnings;
    }
}
