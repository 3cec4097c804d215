package dev.quarry.internal.schema;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.exception.ConfigurationException;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the DDL of a table in one dialect: {@code CREATE TABLE} with columns, primary key,
 * unique constraints, foreign keys and check constraints, then one {@code CREATE INDEX} per
 * non-unique index; and {@code DROP TABLE IF EXISTS}. Column definitions, constraints, indexes
 * and column lists are public so migration scripts render them the same way.
 */
public final class DdlWriter {
    private final Dialect dialect;

    public DdlWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The statements creating {@code table} and its indexes. */
    public List<String> create(TableSchema table) {
        List<String> statements = new ArrayList<>();
        statements.add(createTable(table));
        for (IndexSchema index : table.indexes()) {
            if (!index.unique()) {
                statements.add(createIndex(table.name(), index));
            }
        }
        return statements;
    }

    /** {@code DROP TABLE IF EXISTS "table"}. */
    public String drop(TableSchema table) {
        return "DROP TABLE IF EXISTS " + dialect.quote(table.name());
    }

    private String createTable(TableSchema table) {
        List<String> parts = new ArrayList<>();
        boolean keyDeclared = false;
        for (ColumnSchema column : table.columns()) {
            if (column.generated() && dialect.identityIsPrimaryKey()) {
                if (!table.primaryKey().equals(List.of(column.name()))) {
                    throw new ConfigurationException("table " + table.name() + ": the generated column " + column.name()
                            + " must be the whole primary key in " + dialect.name());
                }
                keyDeclared = true;
            }
            parts.add(columnDefinition(column));
        }
        if (!keyDeclared && !table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + columnList(table.primaryKey()) + ")");
        }
        for (IndexSchema index : table.indexes()) {
            if (index.unique()) {
                parts.add(uniqueConstraint(index));
            }
        }
        for (ForeignKeySchema foreignKey : table.foreignKeys()) {
            parts.add(foreignKeyConstraint(foreignKey));
        }
        for (CheckSchema check : table.checks()) {
            parts.add(checkConstraint(check));
        }
        return "CREATE TABLE " + dialect.quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + dialect.tableOptions();
    }

    /**
     * A column as {@code CREATE TABLE} declares it: quoted name, type (or the dialect's identity
     * clause for a generated column), {@code NOT NULL}, {@code DEFAULT}.
     */
    public String columnDefinition(ColumnSchema column) {
        StringBuilder sql = new StringBuilder();
        dialect.quoteIdentifier(sql, column.name());
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

    /** {@code CONSTRAINT "name" CHECK (expression)}, as {@code CREATE TABLE} declares a check. */
    public String checkConstraint(CheckSchema check) {
        return "CONSTRAINT " + dialect.quote(check.name()) + " CHECK (" + dialect.checkExpression(check.expression()) + ")";
    }

    /** {@code CONSTRAINT "name" UNIQUE (..)}, as {@code CREATE TABLE} declares a unique index. */
    public String uniqueConstraint(IndexSchema index) {
        return "CONSTRAINT " + dialect.quote(index.name()) + " UNIQUE (" + columnList(index.columns()) + ")";
    }

    /** {@code CONSTRAINT "name" FOREIGN KEY (..) REFERENCES "t" (..) [ON DELETE ..]}, as {@code CREATE TABLE} declares it. */
    public String foreignKeyConstraint(ForeignKeySchema foreignKey) {
        String sql = "CONSTRAINT " + dialect.quote(foreignKey.name())
                + " FOREIGN KEY (" + columnList(foreignKey.columns()) + ")"
                + " REFERENCES " + dialect.quote(foreignKey.referencedTable())
                + " (" + columnList(foreignKey.referencedColumns()) + ")";
        return foreignKey.onDelete() == ReferentialAction.NO_ACTION
                ? sql
                : sql + " ON DELETE " + foreignKey.onDelete().name().replace('_', ' ');
    }

    /** {@code CREATE INDEX "name" ON "table" (..)}, for a non-unique index. */
    public String createIndex(String table, IndexSchema index) {
        return "CREATE INDEX " + dialect.quote(index.name()) + " ON " + dialect.quote(table)
                + " (" + columnList(index.columns()) + ")";
    }

    /** {@code "a", "b"}. */
    public String columnList(List<String> columns) {
        StringBuilder list = new StringBuilder();
        for (String column : columns) {
            if (list.length() > 0) {
                list.append(", ");
            }
            dialect.quoteIdentifier(list, column);
        }
        return list.toString();
    }
}
