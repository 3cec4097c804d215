package dev.quarry.internal.migration;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.List;

/** The pieces of DDL both change renderers write: column definitions, column lists, keys, indexes. */
final class DdlParts {
    private final Dialect dialect;

    DdlParts(Dialect dialect) {
        this.dialect = dialect;
    }

    /** {@code "name"} quoted. */
    String quote(String name) {
        return dialect.quote(name);
    }

    /**
     * A column as {@code ADD COLUMN} declares it: quoted name, the declared type (or the identity
     * definition of a generated column), {@code NOT NULL}, {@code DEFAULT}. The same logic as the
     * columns of {@code DdlWriter}'s {@code CREATE TABLE}, with {@link Dialect#declaredType}.
     */
    String column(ColumnSchema column) {
        StringBuilder sql = new StringBuilder(dialect.quote(column.name()));
        if (column.generated()) {
            return sql.append(' ').append(dialect.identityColumn(column)).toString();
        }
        sql.append(' ').append(dialect.declaredType(column));
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.hasServerDefault()) {
            sql.append(' ').append(dialect.defaultClause(column.serverDefault()));
        }
        return sql.toString();
    }

    /** {@code "a", "b"}. */
    String columnList(List<String> columns) {
        List<String> quoted = new ArrayList<>(columns.size());
        for (String column : columns) {
            quoted.add(dialect.quote(column));
        }
        return String.join(", ", quoted);
    }

    /** {@code FOREIGN KEY (..) REFERENCES "t" (..) [ON DELETE ..]}, without the constraint name. */
    String foreignKey(ForeignKeySchema foreignKey) {
        String sql = "FOREIGN KEY (" + columnList(foreignKey.columns()) + ") REFERENCES "
                + dialect.quote(foreignKey.referencedTable()) + " (" + columnList(foreignKey.referencedColumns()) + ")";
        return foreignKey.onDelete() == ReferentialAction.NO_ACTION
                ? sql
                : sql + " ON DELETE " + foreignKey.onDelete().name().replace('_', ' ');
    }

    /** {@code CREATE INDEX "name" ON "table" (..)}, as {@code DdlWriter} writes a non-unique index. */
    String createIndex(String table, IndexSchema index) {
        return "CREATE INDEX " + dialect.quote(index.name()) + " ON " + dialect.quote(table)
                + " (" + columnList(index.columns()) + ")";
    }

    /** {@code ALTER TABLE "table" } with the trailing space. */
    String alterTable(String table) {
        return "ALTER TABLE " + dialect.quote(table) + " ";
    }

    /**
     * The comments above a rename: that it is a candidate to confirm, and the statements to write
     * instead when it is not.
     */
    List<String> renameComments(RenameColumn rename) {
        String alter = alterTable(rename.table());
        return List.of(
                "Rename candidate: " + rename.table() + "." + rename.from().name() + " disappears and "
                        + rename.to().name() + " of the same type appears. Confirm it is a rename;",
                "if it is not, replace the statement below with:",
                "  " + alter + "DROP COLUMN " + quote(rename.from().name()) + ";",
                "  " + alter + "ADD COLUMN " + column(rename.to()) + ";");
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
