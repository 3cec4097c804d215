package dev.quarry.internal.sql;

import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Classifies SQLite errors by extended result code. SQLite names the columns of a violated
 * unique or not-null constraint (they are in the message) and the name of a CHECK constraint,
 * which becomes the constraint name. Loaded only on the SQLite path, where the driver is present.
 */
final class SqliteErrors {
    private static final String CHECK_FAILED = "CHECK constraint failed: ";

    private SqliteErrors() {
    }

    static QuarryException translate(SQLException exception, String sql) {
        Constraints kind = exception instanceof SQLiteException sqlite ? kind(sqlite.getResultCode()) : null;
        if (kind == null) {
            return new SqlExecutionException(exception.getMessage(), sql, exception);
        }
        String name = kind == Constraints.CHECK ? checkName(exception.getMessage()) : null;
        return kind.exception(exception.getMessage(), sql, exception, name);
    }

    private static Constraints kind(SQLiteErrorCode code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> Constraints.UNIQUE;
            case SQLITE_CONSTRAINT_FOREIGNKEY -> Constraints.FOREIGN_KEY;
            case SQLITE_CONSTRAINT_NOTNULL -> Constraints.NOT_NULL;
            case SQLITE_CONSTRAINT_CHECK -> Constraints.CHECK;
            default -> null;
        };
    }

    /** The name in "CHECK constraint failed: name", if the message has one. */
    static String checkName(String message) {
        if (message == null) {
            return null;
        }
        int start = message.indexOf(CHECK_FAILED);
        if (start < 0) {
            return null;
        }
        start += CHECK_FAILED.length();
        int end = start;
        while (end < message.length() && message.charAt(end) != ')' && !Character.isWhitespace(message.charAt(end))) {
            end++;
        }
        return end > start ? message.substring(start, end) : null;
    }
}
