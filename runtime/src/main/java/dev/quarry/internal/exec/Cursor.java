package dev.quarry.internal.exec;

import dev.quarry.exception.QuarryException;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.RowReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** An executed query whose rows are read one at a time; closing it closes the result and statement. */
public final class Cursor implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet result;
    private final RowReader row;
    private final String sql;
    private final Dialect dialect;
    private boolean closed;

    Cursor(PreparedStatement statement, ResultSet result, RowReader row, String sql, Dialect dialect) {
        this.statement = statement;
        this.result = result;
        this.row = row;
        this.sql = sql;
        this.dialect = dialect;
    }

    /** Moves to the next row; {@code false} at the end. */
    public boolean next() {
        try {
            return result.next();
        } catch (SQLException e) {
            throw dialect.translate(e, sql);
        }
    }

    /** Reads the current row. */
    public RowReader row() {
        return row;
    }

    /** The SQL being read, for error messages. */
    public String sql() {
        return sql;
    }

    /** The error for a failed read of the current row. */
    public QuarryException translate(SQLException exception) {
        return dialect.translate(exception, sql);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (statement; result) {
            // closes the result, then the statement, even if the first close fails
        } catch (SQLException e) {
            throw dialect.translate(e, sql);
        }
    }

    static void closeQuietly(PreparedStatement statement, Exception failure) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
