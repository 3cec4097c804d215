package dev.quarry.it;

import dev.quarry.internal.schema.DdlWriter;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.testing.DatabaseExtension;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a table as lines of text, read from the database's catalog or derived from a
 * {@link TableSchema}, so a test compares what a migration built with what it should have built:
 * columns (name, type, nullability) in order, primary key, indexes (non-unique by name, unique by
 * columns, since SQLite keeps no names for those), foreign keys with their delete action, checks.
 */
final class CatalogShape {
    private static final Pattern SQLITE_CHECK = Pattern.compile("CONSTRAINT\\s+\"((?:[^\"]|\"\")+)\"\\s+CHECK");

    private final DatabaseExtension database;
    private final Dialect dialect;

    CatalogShape(DatabaseExtension database, Dialect dialect) {
        this.database = database;
        this.dialect = dialect;
    }

    /** The expected shape of {@code table}. */
    List<String> expected(TableSchema table) {
        List<String> lines = new ArrayList<>();
        for (ColumnSchema column : table.columns()) {
            boolean nullable = column.nullable() && !column.generated() && !table.primaryKey().contains(column.name());
            lines.add("column " + column.name() + " " + type(dialect.declaredType(column)) + (nullable ? "" : " not null"));
        }
        lines.add("primary key " + table.primaryKey());
        TreeSet<String> rest = new TreeSet<>();
        for (IndexSchema index : table.indexes()) {
            rest.add(index.unique() ? "unique " + index.columns() : "index " + index.name() + " " + index.columns());
        }
        for (ForeignKeySchema key : table.foreignKeys()) {
            rest.add("foreign key " + key.columns() + " -> " + key.referencedTable() + key.referencedColumns() + " on delete "
                    + key.onDelete().name().replace('_', ' '));
        }
        // SQLite declares checks only in CREATE TABLE: a table has the checks DdlWriter writes for it.
        boolean declaresChecks = database.isPostgres() || new DdlWriter(dialect).create(table).get(0).contains(" CHECK (");
        for (CheckSchema check : table.checks()) {
            if (declaresChecks) {
                rest.add("check " + check.name());
            }
        }
        lines.addAll(rest);
        return lines;
    }

    /** The shape of {@code table} as the database has it. */
    List<String> actual(String table) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.connect()) {
            if (database.isPostgres()) {
                for (List<Object> row : database.query("SELECT attname, format_type(atttypid, atttypmod), attnotnull"
                        + " FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
                        DatabaseExtension.quote(table))) {
                    lines.add("column " + row.get(0) + " " + type((String) row.get(1)) + (Boolean.TRUE.equals(row.get(2)) ? " not null" : ""));
                }
            } else {
                for (List<Object> row : database.query("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", table)) {
                    boolean rowid = ((Number) row.get(3)).intValue() > 0 && "INTEGER".equalsIgnoreCase((String) row.get(1));
                    boolean notNull = ((Number) row.get(2)).intValue() == 1 || rowid || ((Number) row.get(3)).intValue() > 0;
                    lines.add("column " + row.get(0) + " " + type((String) row.get(1)) + (notNull ? " not null" : ""));
                }
            }
            DatabaseMetaData meta = connection.getMetaData();
            Map<Integer, String> keyColumns = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, database.schemaName(), table)) {
                while (rs.next()) {
                    keyColumns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            lines.add("primary key " + List.copyOf(keyColumns.values()));
            TreeSet<String> rest = new TreeSet<>(indexes(table));
            rest.addAll(foreignKeys(meta, table));
            rest.addAll(checks(table));
            lines.addAll(rest);
        }
        return lines;
    }

    private List<String> indexes(String table) {
        List<String> lines = new ArrayList<>();
        if (database.isPostgres()) {
            for (List<Object> row : database.query("SELECT c.relname, i.indisunique, i.indexrelid::regclass::text FROM pg_index i"
                    + " JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = ?::regclass AND NOT i.indisprimary",
                    DatabaseExtension.quote(table))) {
                List<String> columns = database.strings("SELECT a.attname FROM pg_index i"
                        + " JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true"
                        + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                        + " WHERE i.indexrelid = ?::regclass ORDER BY k.ord", (String) row.get(2));
                lines.add((Boolean) row.get(1) ? "unique " + columns : "index " + row.get(0) + " " + columns);
            }
            return lines;
        }
        for (List<Object> row : database.query("SELECT name, \"unique\", origin FROM pragma_index_list(?)", table)) {
            if (!"pk".equals(row.get(2))) {
                List<String> columns = database.strings("SELECT name FROM pragma_index_info(?) ORDER BY seqno", row.get(0));
                lines.add(((Number) row.get(1)).intValue() == 1 ? "unique " + columns : "index " + row.get(0) + " " + columns);
            }
        }
        return lines;
    }

    private List<String> foreignKeys(DatabaseMetaData meta, String table) throws SQLException {
        Map<String, List<List<String>>> keys = new TreeMap<>();
        Map<String, String> heads = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, database.schemaName(), table)) {
            while (rs.next()) {
                String key = rs.getString("PKTABLE_NAME") + "#" + rs.getString("FK_NAME") + "#" + rs.getInt("DELETE_RULE");
                keys.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(List.of(rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")));
                heads.put(key, rs.getString("PKTABLE_NAME") + " on delete " + deleteRule(rs.getInt("DELETE_RULE")));
            }
        }
        List<String> lines = new ArrayList<>();
        keys.forEach((key, pairs) -> {
            String head = heads.get(key);
            int on = head.indexOf(" on delete ");
            lines.add("foreign key " + pairs.stream().map(pair -> pair.get(0)).toList() + " -> " + head.substring(0, on)
                    + pairs.stream().map(pair -> pair.get(1)).toList() + head.substring(on));
        });
        return lines;
    }

    private static String deleteRule(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    private List<String> checks(String table) {
        List<String> lines = new ArrayList<>();
        if (database.isPostgres()) {
            for (String name : database.strings("SELECT conname FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'c'",
                    DatabaseExtension.quote(table))) {
                lines.add("check " + name);
            }
            return lines;
        }
        String sql = database.strings("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table).get(0);
        Matcher matcher = SQLITE_CHECK.matcher(sql);
        while (matcher.find()) {
            lines.add("check " + matcher.group(1).replace("\"\"", "\""));
        }
        return lines;
    }

    /** A type in one spelling: PostgreSQL's catalog names, lower case, no spaces. */
    private static String type(String type) {
        return type.toLowerCase(Locale.ROOT)
                .replace("character varying", "varchar")
                .replace("timestamp with time zone", "timestamptz")
                .replace("timestamp without time zone", "timestamp")
                .replace(" ", "");
    }
}
