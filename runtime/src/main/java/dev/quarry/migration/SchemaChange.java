package dev.quarry.migration;

import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import java.util.List;
import java.util.Objects;

/**
 * One difference between two schemas, as {@link SchemaDiff} lists them. Each dialect renders
 * each kind of change as SQL; {@code toString()} describes it in words.
 */
public sealed interface SchemaChange {
    /**
     * The table the change applies to.
     *
     * @return the SQL table name
     */
    String table();

    /**
     * Whether the change can lose data.
     *
     * @return {@code true} for dropped tables and columns and changed column types
     */
    default boolean destructive() {
        return false;
    }

    /**
     * A table to create, with its keys, constraints and indexes.
     *
     * @param schema the table
     */
    record CreateTable(TableSchema schema) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param schema the table
         */
        public CreateTable {
            Objects.requireNonNull(schema, "schema");
        }

        @Override
        public String table() {
            return schema.name();
        }

        @Override
        public String toString() {
            return "create table " + schema.name();
        }
    }

    /**
     * A table to drop, with its rows.
     *
     * @param schema the table as it is
     */
    record DropTable(TableSchema schema) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param schema the table as it is
         */
        public DropTable {
            Objects.requireNonNull(schema, "schema");
        }

        @Override
        public String table() {
            return schema.name();
        }

        @Override
        public boolean destructive() {
            return true;
        }

        @Override
        public String toString() {
            return "drop table " + schema.name();
        }
    }

    /**
     * A column to add.
     *
     * @param table the table
     * @param column the new column
     */
    record AddColumn(String table, ColumnSchema column) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param column the new column
         */
        public AddColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String toString() {
            return "add column " + table + "." + column.name();
        }
    }

    /**
     * A column to drop, with its values.
     *
     * @param table the table
     * @param column the column as it is
     */
    record DropColumn(String table, ColumnSchema column) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param column the column as it is
         */
        public DropColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public boolean destructive() {
            return true;
        }

        @Override
        public String toString() {
            return "drop column " + table + "." + column.name();
        }
    }

    /**
     * A column that disappeared while one of the same type appeared: probably a rename. Scripts
     * write it as a rename, with a comment asking the reader to confirm it, never as drop and add.
     *
     * @param table the table
     * @param from the column as it is
     * @param to the column as it should be
     */
    record RenameColumn(String table, ColumnSchema from, ColumnSchema to) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param from the column as it is
         * @param to the column as it should be
         */
        public RenameColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String toString() {
            return "rename column " + table + "." + from.name() + " to " + to.name() + " (candidate: confirm)";
        }
    }

    /**
     * A column whose type, nullability or server default changes.
     *
     * @param table the table
     * @param from the column as it is
     * @param to the column as it should be
     * @param typeChanged whether the SQL type (with length, precision, scale) changes
     * @param nullabilityChanged whether {@code NOT NULL} is added or dropped
     * @param defaultChanged whether the server default changes
     */
    record AlterColumn(String table, ColumnSchema from, ColumnSchema to, boolean typeChanged,
            boolean nullabilityChanged, boolean defaultChanged) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param from the column as it is
         * @param to the column as it should be
         * @param typeChanged whether the type changes
         * @param nullabilityChanged whether the nullability changes
         * @param defaultChanged whether the server default changes
         */
        public AlterColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public boolean destructive() {
            return typeChanged;
        }

        @Override
        public String toString() {
            StringBuilder what = new StringBuilder();
            if (typeChanged) {
                what.append("type");
            }
            if (nullabilityChanged) {
                what.append(what.length() > 0 ? ", " : "").append(to.nullable() ? "drop not null" : "set not null");
            }
            if (defaultChanged) {
                what.append(what.length() > 0 ? ", " : "").append("default");
            }
            return "alter column " + table + "." + to.name() + " (" + what + ")";
        }
    }

    /**
     * A primary key that changes its columns.
     *
     * @param table the table
     * @param from the key columns as they are (empty when there is none)
     * @param to the key columns as they should be (empty for none)
     */
    record AlterPrimaryKey(String table, List<String> from, List<String> to) implements SchemaChange {
        /**
         * Creates the change; the lists are copied.
         *
         * @param table the table
         * @param from the key columns as they are
         * @param to the key columns as they should be
         */
        public AlterPrimaryKey {
            Objects.requireNonNull(table, "table");
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        @Override
        public String toString() {
            return "alter primary key of " + table + " " + from + " -> " + to;
        }
    }

    /**
     * An index or unique constraint to add.
     *
     * @param table the table
     * @param index the index
     */
    record AddIndex(String table, IndexSchema index) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param index the index
         */
        public AddIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
        }

        @Override
        public String toString() {
            return "add " + (index.unique() ? "unique constraint " : "index ") + index.name() + " on " + table
                    + " " + index.columns();
        }
    }

    /**
     * An index or unique constraint to drop.
     *
     * @param table the table
     * @param index the index as it is
     */
    record DropIndex(String table, IndexSchema index) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param index the index as it is
         */
        public DropIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
        }

        @Override
        public String toString() {
            return "drop " + (index.unique() ? "unique constraint " : "index ") + index.name() + " on " + table;
        }
    }

    /**
     * A foreign key to add.
     *
     * @param table the referencing table
     * @param foreignKey the foreign key
     */
    record AddForeignKey(String table, ForeignKeySchema foreignKey) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the referencing table
         * @param foreignKey the foreign key
         */
        public AddForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
        }

        @Override
        public String toString() {
            return "add foreign key " + foreignKey.name() + " " + table + foreignKey.columns() + " -> "
                    + foreignKey.referencedTable() + foreignKey.referencedColumns();
        }
    }

    /**
     * A foreign key to drop.
     *
     * @param table the referencing table
     * @param foreignKey the foreign key as it is
     */
    record DropForeignKey(String table, ForeignKeySchema foreignKey) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the referencing table
         * @param foreignKey the foreign key as it is
         */
        public DropForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
        }

        @Override
        public String toString() {
            return "drop foreign key " + foreignKey.name() + " on " + table;
        }
    }

    /**
     * A check constraint to add (or whose expression changes: dropped, then added).
     *
     * @param table the table
     * @param check the constraint
     */
    record AddCheck(String table, CheckSchema check) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param check the constraint
         */
        public AddCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
        }

        @Override
        public String toString() {
            return "add check " + check.name() + " on " + table + ": " + check.expression();
        }
    }

    /**
     * A check constraint to drop.
     *
     * @param table the table
     * @param check the constraint as it is
     */
    record DropCheck(String table, CheckSchema check) implements SchemaChange {
        /**
         * Creates the change.
         *
         * @param table the table
         * @param check the constraint as it is
         */
        public DropCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
        }

        @Override
        public String toString() {
            return "drop check " + check.name() + " on " + table;
        }
    }
}
