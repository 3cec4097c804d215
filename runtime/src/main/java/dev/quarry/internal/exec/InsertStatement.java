package dev.quarry.internal.exec;

import dev.quarry.internal.sql.Dialect;
import java.util.List;

/**
 * The {@code INSERT} of one table for one set of omitted server-default columns:
 * {@code INSERT INTO "t" ("a", "b") VALUES (?, ?) RETURNING "id", "created_at"}, and its
 * multi-row form with any number of {@code VALUES} rows.
 */
public final class InsertStatement {
    private final String head;
    private final String row;
    private final String returning;
    private final int parametersPerRow;
    private final String single;

    InsertStatement(Dialect dialect, String table, List<String> inserted, List<String> returned) {
        StringBuilder head = new StringBuilder("INSERT INTO ");
        dialect.quoteIdentifier(head, table);
        StringBuilder row = new StringBuilder("(");
        if (inserted.isEmpty()) {
            head.append(' ').append(dialect.defaultValues());
        } else {
            head.append(" (");
            for (int i = 0; i < inserted.size(); i++) {
                if (i > 0) {
                    head.append(", ");
                    row.append(", ");
                }
                dialect.quoteIdentifier(head, inserted.get(i));
                row.append('?');
            }
            head.append(") VALUES ");
        }
        row.append(')');
        StringBuilder returning = new StringBuilder();
        for (int i = 0; i < returned.size(); i++) {
            returning.append(i == 0 ? " RETURNING " : ", ");
            dialect.quoteIdentifier(returning, returned.get(i));
        }
        this.head = head.toString();
        this.row = inserted.isEmpty() ? "" : row.toString();
        this.returning = returning.toString();
        this.parametersPerRow = inserted.size();
        this.single = sql(1);
    }

    /** The one-row statement. */
    public String single() {
        return single;
    }

    /** The statement inserting {@code rows} rows (one {@code VALUES} tuple each). */
    public String sql(int rows) {
        if (rows == 1 && single != null) {
            return single;
        }
        StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 2) + returning.length());
        sql.append(head);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(row);
        }
        return sql.append(returning).toString();
    }

    /** The bind parameters of one row. */
    public int parametersPerRow() {
        return parametersPerRow;
    }

    /** Whether the statement returns values (a generated key or omitted defaults) to put into the entity. */
    public boolean returns() {
        return !returning.isEmpty();
    }

    /** Whether several rows fit in one statement (not so for {@code DEFAULT VALUES}). */
    public boolean multiRow() {
        return parametersPerRow > 0;
    }
}
