package dev.quarry.internal.exec;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of one table's entity statements, rendered once per database and kept: the column
 * list, select-by-key, and one insert per set of omitted server-default columns.
 */
public final class TableStatements {
    private final Dialect dialect;
    private final TableSchema schema;
    private final String selectFrom;
    private final String selectByKey;
    private final Map<Long, InsertStatement> inserts = new ConcurrentHashMap<>();

    TableStatements(Dialect dialect, TableSchema schema) {
        this.dialect = dialect;
        this.schema = schema;
        this.selectFrom = "SELECT " + columnList(dialect, schema, null) + " FROM " + dialect.quote(schema.name());
        StringBuilder byKey = new StringBuilder(selectFrom);
        List<String> key = schema.primaryKey();
        for (int i = 0; i < key.size(); i++) {
            byKey.append(i == 0 ? " WHERE " : " AND ");
            dialect.quoteIdentifier(byKey, key.get(i));
            byKey.append(" = ?");
        }
        this.selectByKey = key.isEmpty() ? null : byKey.toString();
    }

    /** {@code "a", "b", ...}: every column in order, qualified by {@code qualifier} unless it is {@code null}. */
    public static String columnList(Dialect dialect, TableSchema schema, String qualifier) {
        StringBuilder list = new StringBuilder();
        for (ColumnSchema column : schema.columns()) {
            if (list.length() > 0) {
                list.append(", ");
            }
            if (qualifier != null) {
                dialect.quoteIdentifier(list, qualifier);
                list.append('.');
            }
            dialect.quoteIdentifier(list, column.name());
        }
        return list.toString();
    }

    /** {@code SELECT <every column> FROM "table"}. */
    public String selectFrom() {
        return selectFrom;
    }

    /**
     * {@code SELECT <every column> FROM "table" WHERE "key" = ?}.
     *
     * @throws IllegalArgumentException if the table has no primary key
     */
    public String selectByKey() {
        if (selectByKey == null) {
            throw new IllegalArgumentException("table " + schema.name() + " has no primary key to get rows by");
        }
        return selectByKey;
    }

    /** The insert leaving out the server-default columns in {@code omitted}. */
    public InsertStatement insert(long omitted) {
        InsertStatement statement = inserts.get(omitted);
        if (statement == null) {
            statement = inserts.computeIfAbsent(omitted, this::renderInsert);
        }
        return statement;
    }

    private InsertStatement renderInsert(long omitted) {
        List<String> inserted = new ArrayList<>();
        List<String> generated = new ArrayList<>();
        List<String> defaulted = new ArrayList<>();
        int defaultIndex = 0;
        for (ColumnSchema column : schema.columns()) {
            boolean omittedDefault = false;
            if (column.hasServerDefault()) {
                omittedDefault = (omitted & (1L << defaultIndex)) != 0L;
                defaultIndex++;
            }
            if (column.generated()) {
                generated.add(column.name());
            } else if (omittedDefault) {
                defaulted.add(column.name());
            } else {
                inserted.add(column.name());
            }
        }
        List<String> returned = new ArrayList<>(generated);
        returned.addAll(defaulted);
        return new InsertStatement(dialect, schema.name(), inserted, returned);
    }
}
