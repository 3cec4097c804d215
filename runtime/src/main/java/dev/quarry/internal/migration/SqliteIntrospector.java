package dev.quarry.internal.migration;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the live schema of a Sqlite database from its pragmas, and the names of constraints and
 * the check expressions, which the pragmas do not report, from the stored {@code CREATE TABLE} text.
 */
public final class SqliteIntrospector implements Introspector {
    @Override
    public List<TableSchema> tables(Connection connection, Set<String> excluded) throws SQLException {
        Map<String, String> statements = new TreeMap<>();
        for (List<Object> row : query(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            String name = (String) row.get(0);
            String sql = (String) row.get(1);
            if (!excluded.contains(name) && !(sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, 14))) {
                statements.put(name, sql);
            }
        }
        List<TableSchema> tables = new ArrayList<>(statements.size());
        for (Map.Entry<String, String> entry : statements.entrySet()) {
            tables.add(table(connection, entry.getKey(), SqliteTableSql.parse(entry.getValue())));
        }
        return tables;
    }

    private static TableSchema table(Connection connection, String table, SqliteTableSql sql) throws SQLException {
        List<List<Object>> info = query(connection, "SELECT name, type, \"notnull\", dflt_value, pk"
                + " FROM pragma_table_info(?) ORDER BY cid", table);
        Map<Integer, String> keyColumns = new TreeMap<>();
        for (List<Object> row : info) {
            int position = number(row.get(4));
            if (position > 0) {
                keyColumns.put(position, (String) row.get(0));
            }
        }
        List<String> primaryKey = List.copyOf(keyColumns.values());
        List<ColumnSchema> columns = new ArrayList<>(info.size());
        for (List<Object> row : info) {
            String name = (String) row.get(0);
            String declared = (String) row.get(1);
            // The rowid alias: the one INTEGER column of the key, never NULL; declared PRIMARY KEY in its own
            // definition (as Quarry writes a generated key) the database assigns it.
            boolean rowid = primaryKey.equals(List.of(name)) && declared.equalsIgnoreCase("INTEGER");
            boolean generated = rowid && sql.inlineKeys().contains(name);
            boolean nullable = number(row.get(2)) == 0 && !rowid;
            columns.add(column(name, declared, nullable, generated, generated ? null : (String) row.get(3)));
        }
        return new TableSchema(table, columns, primaryKey, foreignKeys(connection, table, sql),
                indexes(connection, table, sql), null, null, null, checks(table, sql));
    }

    /** The column with a value type SqliteDialect renders as {@code declared}; another type is kept as written. */
    static ColumnSchema column(String name, String declared, boolean nullable, boolean generated, String serverDefault) {
        ValueType type = switch (declared.toUpperCase(Locale.ROOT)) {
            case "INTEGER" -> ValueType.LONG;
            case "REAL" -> ValueType.DOUBLE;
            case "BLOB" -> ValueType.BYTES;
            case "NUMERIC" -> ValueType.DECIMAL;
            case "TEXT" -> ValueType.STRING;
            default -> null;
        };
        return type != null
                ? new ColumnSchema(name, name, type, 0, 0, 0, nullable, generated, serverDefault)
                : new ColumnSchema(name, name, ValueType.STRING, 0, 0, 0, nullable, generated, serverDefault, declared);
    }

    private static List<IndexSchema> indexes(Connection connection, String table, SqliteTableSql sql)
            throws SQLException {
        List<SqliteTableSql.Constraint> unclaimed = new ArrayList<>(sql.uniques());
        List<IndexSchema> indexes = new ArrayList<>();
        for (List<Object> row : query(connection, "SELECT name, \"unique\", origin FROM pragma_index_list(?)", table)) {
            String name = (String) row.get(0);
            if ("pk".equals(row.get(2))) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (List<Object> column : query(connection, "SELECT name FROM pragma_index_info(?) ORDER BY seqno", name)) {
                columns.add(column.get(0) == null ? "<expression>" : (String) column.get(0));
            }
            if ("u".equals(row.get(2))) {
                name = uniqueName(table, columns, unclaimed);
            }
            indexes.add(new IndexSchema(name, columns, number(row.get(1)) == 1));
        }
        indexes.sort(Comparator.comparing(IndexSchema::name));
        return indexes;
    }

    /** The name a unique constraint has in the table's statement, else {@code <table>_<columns>_key}. */
    private static String uniqueName(String table, List<String> columns, List<SqliteTableSql.Constraint> unclaimed) {
        for (SqliteTableSql.Constraint unique : unclaimed) {
            if (unique.columns().equals(columns)) {
                unclaimed.remove(unique);
                if (unique.name() != null) {
                    return unique.name();
                }
                break;
            }
        }
        return table + "_" + String.join("_", columns) + "_key";
    }

    private static List<ForeignKeySchema> foreignKeys(Connection connection, String table, SqliteTableSql sql)
            throws SQLException {
        Map<Integer, List<List<Object>>> byId = new LinkedHashMap<>();
        for (List<Object> row : query(connection, "SELECT id, \"table\", \"from\", \"to\", on_delete"
                + " FROM pragma_foreign_key_list(?) ORDER BY id, seq", table)) {
            byId.computeIfAbsent(number(row.get(0)), id -> new ArrayList<>()).add(row);
        }
        List<SqliteTableSql.Constraint> unclaimed = new ArrayList<>(sql.foreignKeys());
        List<ForeignKeySchema> keys = new ArrayList<>();
        for (List<List<Object>> rows : byId.values()) {
            String referenced = (String) rows.get(0).get(1);
            List<String> columns = new ArrayList<>();
            List<String> referencedColumns = new ArrayList<>();
            for (List<Object> row : rows) {
                columns.add((String) row.get(2));
                referencedColumns.add((String) row.get(3));
            }
            if (referencedColumns.contains(null)) {
                // REFERENCES t without columns: the referenced table's primary key.
                referencedColumns = primaryKey(connection, referenced);
            }
            keys.add(new ForeignKeySchema(foreignKeyName(table, columns, unclaimed), columns, referenced,
                    referencedColumns, action((String) rows.get(0).get(4))));
        }
        keys.sort(Comparator.comparing(ForeignKeySchema::name));
        return keys;
    }

    private static String foreignKeyName(String table, List<String> columns, List<SqliteTableSql.Constraint> unclaimed) {
        for (SqliteTableSql.Constraint key : unclaimed) {
            if (key.columns().equals(columns)) {
                unclaimed.remove(key);
                if (key.name() != null) {
                    return key.name();
                }
                break;
            }
        }
        return table + "_" + String.join("_", columns) + "_fkey";
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (List<Object> row : query(connection, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk",
                table)) {
            columns.add((String) row.get(0));
        }
        return columns;
    }

    /** {@code pragma_foreign_key_list.on_delete} as a referential action. */
    static ReferentialAction action(String onDelete) {
        return switch (onDelete.toUpperCase(Locale.ROOT)) {
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /**
     * The check constraints; an unnamed one gets the name PostgreSQL would give it:
     * {@code <table>_<column>_check} or {@code <table>_check}, with a number when taken.
     */
    private static List<CheckSchema> checks(String table, SqliteTableSql sql) {
        Set<String> taken = new HashSet<>();
        for (SqliteTableSql.Check check : sql.checks()) {
            if (check.name() != null) {
                taken.add(check.name());
            }
        }
        List<CheckSchema> checks = new ArrayList<>();
        for (SqliteTableSql.Check check : sql.checks()) {
            String name = check.name();
            if (name == null) {
                String base = table + (check.column() == null ? "" : "_" + check.column()) + "_check";
                name = base;
                for (int n = 1; taken.contains(name); n++) {
                    name = base + n;
                }
                taken.add(name);
            }
            checks.add(new CheckSchema(name, check.expression()));
        }
        checks.sort(Comparator.comparing(CheckSchema::name));
        return checks;
    }

    private static List<List<Object>> query(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(width);
                    for (int c = 1; c <= width; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
