package dev.quarry.internal.migration;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the live schema of a Postgres database from {@code pg_catalog}, one query per kind of object. */
public final class PostgresIntrospector implements Introspector {
    private static final String TABLES = "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

    private static final String COLUMNS = "SELECT c.relname, a.attname,"
            + " CASE WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN t.typname ELSE '' END,"
            + " a.atttypmod, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity <> '', %s,"
            + " pg_get_expr(d.adbin, d.adrelid)"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY c.relname, a.attnum";

    private static final String CONSTRAINTS = "SELECT c.relname, k.conname, k.contype, k.confdeltype, r.relname,"
            + " ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)"
            + "   JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord),"
            + " ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)"
            + "   JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord),"
            + " pg_get_constraintdef(k.oid)"
            + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_class r ON r.oid = k.confrelid"
            + " WHERE n.nspname = ? AND k.contype IN ('p', 'f', 'c')";

    /** Every index but a primary key's or an exclusion constraint's; an expression column is its expression. */
    private static final String INDEXES = "SELECT c.relname, i.relname, x.indisunique,"
            + " ARRAY(SELECT CASE WHEN u.attnum = 0 THEN pg_get_indexdef(x.indexrelid, u.ord::int, true)"
            + "   ELSE a.attname::text END"
            + "   FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(attnum, ord)"
            + "   LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.attnum"
            + "   WHERE u.ord <= x.%s ORDER BY u.ord)"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND NOT x.indisprimary"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype = 'x')";

    @Override
    public List<TableSchema> tables(Connection connection, Set<String> excluded) throws SQLException {
        String schema = currentSchema(connection);
        int major = connection.getMetaData().getDatabaseMajorVersion();
        Map<String, Parts> tables = new TreeMap<>();
        query(connection, TABLES, schema, rs -> {
            if (!excluded.contains(rs.getString(1))) {
                tables.put(rs.getString(1), new Parts());
            }
        });
        // Generated (computed) columns came in PostgreSQL 12, covering (INCLUDE) index columns in 11.
        String columns = String.format(COLUMNS, major >= 12 ? "a.attgenerated <> ''" : "false");
        query(connection, columns, schema, forTable(tables, PostgresIntrospector::column));
        query(connection, CONSTRAINTS, schema, forTable(tables, PostgresIntrospector::constraint));
        String indexes = String.format(INDEXES, major >= 11 ? "indnkeyatts" : "indnatts");
        query(connection, indexes, schema, forTable(tables, (parts, rs) ->
                parts.indexes.add(new IndexSchema(rs.getString(2), strings(rs.getArray(4)), rs.getBoolean(3)))));
        List<TableSchema> result = new ArrayList<>(tables.size());
        tables.forEach((name, parts) -> result.add(parts.table(name)));
        return result;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            String schema = rs.getString(1);
            if (schema == null) {
                throw new SQLException("the connection has no current schema: its search_path names no existing schema");
            }
            return schema;
        }
    }

    /** Runs {@code sql} with {@code schema} as its parameter and hands each row to {@code reader}. */
    private static void query(Connection connection, String sql, String schema, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Hands a row about a table (named in its first column) to {@code reader} when that table is read. */
    private static RowReader forTable(Map<String, Parts> tables, TableRowReader reader) {
        return rs -> {
            Parts parts = tables.get(rs.getString(1));
            if (parts != null) {
                reader.read(parts, rs);
            }
        };
    }

    private static void column(Parts parts, ResultSet rs) throws SQLException {
        String expression = rs.getString(9);
        boolean computed = rs.getBoolean(8);
        // A serial column's default draws from its sequence: the database generates it.
        boolean serial = expression != null && !computed && expression.startsWith("nextval(");
        boolean generated = rs.getBoolean(7) || serial;
        String serverDefault = generated || computed ? null : expression;
        parts.columns.add(PostgresTypes.column(rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), !rs.getBoolean(6), generated, serverDefault));
    }

    private static void constraint(Parts parts, ResultSet rs) throws SQLException {
        String name = rs.getString(2);
        List<String> columns = strings(rs.getArray(6));
        switch (rs.getString(3)) {
            case "p" -> parts.primaryKey.addAll(columns);
            case "f" -> parts.foreignKeys.add(new ForeignKeySchema(name, columns, rs.getString(5),
                    strings(rs.getArray(7)), action(rs.getString(4))));
            default -> parts.checks.add(new CheckSchema(name, checkExpression(rs.getString(8))));
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** {@code pg_constraint.confdeltype} as a referential action. */
    static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /**
     * The expression of a check constraint's definition as {@code pg_get_constraintdef} writes it,
     * {@code CHECK (expression)} and then perhaps {@code NO INHERIT} and {@code NOT VALID}: what the
     * outermost parentheses hold.
     */
    static String checkExpression(String definition) {
        String text = definition.trim();
        for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
            if (text.endsWith(suffix)) {
                text = text.substring(0, text.length() - suffix.length());
            }
        }
        if (text.startsWith("CHECK (") && text.endsWith(")")) {
            return text.substring("CHECK (".length(), text.length() - 1).trim();
        }
        return text;
    }

    /** Reads one row of a query. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Reads one row of a query about the table whose {@link Parts} it fills. */
    @FunctionalInterface
    private interface TableRowReader {
        void read(Parts parts, ResultSet rs) throws SQLException;
    }

    /** What the queries collect for one table. */
    private static final class Parts {
        final List<ColumnSchema> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<ForeignKeySchema> foreignKeys = new ArrayList<>();
        final List<IndexSchema> indexes = new ArrayList<>();
        final List<CheckSchema> checks = new ArrayList<>();

        TableSchema table(String name) {
            foreignKeys.sort(Comparator.comparing(ForeignKeySchema::name));
            indexes.sort(Comparator.comparing(IndexSchema::name));
            checks.sort(Comparator.comparing(CheckSchema::name));
            return new TableSchema(name, columns, primaryKey, foreignKeys, indexes, null, null, null, checks);
        }
    }
}
