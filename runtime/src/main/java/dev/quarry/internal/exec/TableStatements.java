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
 * list, select-by-key, and per set of omitted server-default columns an insert, a bulk insert
 * (without {@code RETURNING}) and a {@code COPY}.
 */
public final class TableStatements {
    private final Dialect dialect;
    private final TableSchema schema;
    private final String selectFrom;
    private final String selectByKey;
    private final Map<Long, InsertStatement> inserts = new ConcurrentHashMap<>();
    private final Map<Long, InsertStatement> bulkInserts = new ConcurrentHashMap<>();
    private final Map<Long, String> copies = new ConcurrentHashMap<>();

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

    /** The insert leaving out the server-default columns in {@code omitted}, returning nothing. */
    public InsertStatement bulkInsert(long omitted) {
        InsertStatement statement = bulkInserts.get(omitted);
        if (statement == null) {
            statement = bulkInserts.computeIfAbsent(omitted,
                    bits -> new InsertStatement(dialect, schema.name(), columns(bits).inserted(), List.of()));
        }
        return statement;
    }

    /**
     * {@code COPY "table" ("a", "b") FROM STDIN} of the columns an insert leaving out the
     * server-default columns in {@code omitted} binds, in the same order.
     */
    public String copy(long omitted) {
        String sql = copies.get(omitted);
        if (sql == null) {
            sql = copies.computeIfAbsent(omitted, bits -> {
                StringBuilder copy = new StringBuilder("COPY ");
                dialect.quoteIdentifier(copy, schema.name());
                List<String> inserted = columns(bits).inserted();
                for (int i = 0; i < inserted.size(); i++) {
                    copy.append(i == 0 ? " (" : ", ");
                    dialect.quoteIdentifier(copy, inserted.get(i));
                }
                return copy.append(inserted.isEmpty() ? "" : ")").append(" FROM STDIN").toString();
            });
        }
        return sql;
    }

    private InsertStatement renderInsert(long omitted) {
        InsertColumns columns = columns(omitted);
        return new InsertStatement(dialect, schema.name(), columns.inserted(), columns.returned());
    }

    /** The columns an insert binds, and those it returns: the generated key, then the omitted defaults. */
    private record InsertColumns(List<String> inserted, List<String> returned) {
    }

    private InsertColumns columns(long omitted) {
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
        return new InsertColumns(inserted, returned);
    }
}
