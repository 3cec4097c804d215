package dev.quarry.internal.migration;

import dev.quarry.internal.schema.DdlWriter;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddColumn;
import dev.quarry.migration.SchemaChange.AddIndex;
import dev.quarry.migration.SchemaChange.CreateTable;
import dev.quarry.migration.SchemaChange.DropColumn;
import dev.quarry.migration.SchemaChange.DropIndex;
import dev.quarry.migration.SchemaChange.DropTable;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.TableSchema;
import java.util.List;

/**
 * What both change renderers write alike: the changes they render the same way, and the pieces
 * of DDL around {@link DdlWriter}'s (which declares columns, constraints and indexes).
 */
final class DdlParts {
    private final Dialect dialect;
    private final DdlWriter writer;

    DdlParts(Dialect dialect) {
        this.dialect = dialect;
        this.writer = new DdlWriter(dialect);
    }

    /** {@code "name"} quoted. */
    String quote(String name) {
        return dialect.quote(name);
    }

    /** {@code ALTER TABLE "table" } with the trailing space. */
    String alterTable(String table) {
        return "ALTER TABLE " + dialect.quote(table) + " ";
    }

    /**
     * Renders {@code change} to {@code steps} when both dialects write it alike: creating or
     * dropping a table, adding, dropping or renaming a column, creating an index ({@code CREATE
     * INDEX}, whatever its unique flag) or dropping one by name. Whether it was such a change.
     */
    boolean renderCommon(SchemaChange change, List<ScriptStep> steps) {
        String alter = alterTable(change.table());
        if (change instanceof CreateTable create) {
            writer.create(create.schema()).forEach(sql -> steps.add(ScriptStep.of(sql)));
        } else if (change instanceof DropTable drop) {
            steps.add(new ScriptStep(List.of("WARNING: drops table " + drop.table() + " and all its rows"),
                    writer.drop(drop.schema())));
        } else if (change instanceof AddColumn add) {
            steps.add(new ScriptStep(addColumnWarnings(add), alter + "ADD COLUMN " + writer.columnDefinition(add.column())));
        } else if (change instanceof DropColumn drop) {
            steps.add(new ScriptStep(
                    List.of("WARNING: drops column " + drop.table() + "." + drop.column().name() + " and its data"),
                    alter + "DROP COLUMN " + quote(drop.column().name())));
        } else if (change instanceof RenameColumn rename) {
            steps.add(new ScriptStep(renameComments(rename),
                    alter + "RENAME COLUMN " + quote(rename.from().name()) + " TO " + quote(rename.to().name())));
        } else if (change instanceof AddIndex add) {
            steps.add(ScriptStep.of(writer.createIndex(add.table(), add.index())));
        } else if (change instanceof DropIndex drop) {
            steps.add(ScriptStep.of("DROP INDEX " + quote(drop.index().name())));
        } else {
            return false;
        }
        return true;
    }

    /** The warning above adding a {@code NOT NULL} column without a default, which fails on a table with rows. */
    private static List<String> addColumnWarnings(AddColumn add) {
        ColumnSchema column = add.column();
        if (column.nullable() || column.hasServerDefault() || column.generated()) {
            return List.of();
        }
        return List.of("WARNING: adds NOT NULL column " + add.table() + "." + column.name() + " without a default:",
                "this fails on a table with rows; set a serverDefault or add it nullable, backfill, then set NOT NULL");
    }

    /**
     * The comments above a rename: that it is a candidate to confirm, and the statements to write
     * instead when it is not.
     */
    private List<String> renameComments(RenameColumn rename) {
        String alter = alterTable(rename.table());
        return List.of(
                "Rename candidate: " + rename.table() + "." + rename.from().name() + " disappears and "
                        + rename.to().name() + " of the same type appears. Confirm it is a rename;",
                "if it is not, replace the statement below with:",
                "  " + alter + "DROP COLUMN " + quote(rename.from().name()) + ";",
                "  " + alter + "ADD COLUMN " + writer.columnDefinition(rename.to()) + ";");
    }

    /** The table called {@code name} in {@code tables}. */
    static TableSchema table(List<TableSchema> tables, String name, String side) {
        for (TableSchema table : tables) {
            if (table.name().equals(name)) {
                return table;
            }
        }
        throw new IllegalArgumentException("the diff's " + side + " schema has no table " + name);
    }

    /** The column called {@code name} of {@code table}, or {@code null}. */
    static ColumnSchema column(TableSchema table, String name) {
        for (ColumnSchema column : table.columns()) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }
}
