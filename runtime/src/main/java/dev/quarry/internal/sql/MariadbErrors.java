package dev.quarry.internal.sql;

import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies MariaDB errors by the server's error code (the same numbers as MySQL's, except the
 * check code): 1062 and 1586 unique; 1451, 1452, 1216 and 1217 foreign key; 1048 and 1364 not null;
 * 4025 check (MySQL: 3819); 1213 deadlock and 1205 lock wait timeout, whose message says the
 * transaction may be retried. Constraint names come from the message. Needs no driver class.
 */
final class MariadbErrors {
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'");
    private static final Pattern NAMED_CONSTRAINT = Pattern.compile("CONSTRAINT `((?:[^`]|``)+)`");

    private MariadbErrors() {
    }

    static QuarryException translate(SQLException exception, String sql) {
        String message = exception.getMessage();
        return switch (exception.getErrorCode()) {
            case 1062, 1586 -> Constraints.UNIQUE.exception(message, sql, exception, find(DUPLICATE_KEY, message));
            case 1451, 1452, 1216, 1217 ->
                    Constraints.FOREIGN_KEY.exception(message, sql, exception, find(NAMED_CONSTRAINT, message));
            case 1048, 1364 -> Constraints.NOT_NULL.exception(message, sql, exception, null);
            case 4025, 3819 -> Constraints.CHECK.exception(message, sql, exception, find(NAMED_CONSTRAINT, message));
            case 1213 -> new SqlExecutionException("deadlock: the database rolled the transaction back, which may be"
                    + " retried (" + message + ")", sql, exception);
            case 1205 -> new SqlExecutionException("lock wait timeout: a row lock was not granted in time, and the"
                    + " statement was rolled back (" + message + ")", sql, exception);
            default -> new SqlExecutionException(message, sql, exception);
        };
    }

    /** The first group of {@code pattern} in {@code message}, or {@code null}. */
    static String find(Pattern pattern, String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? matcher.group(1).replace("``", "`") : null;
    }
}
