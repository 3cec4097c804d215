package dev.quarry.internal.sql;

import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Classifies PostgreSQL errors by SQLSTATE (23505 unique, 23503 foreign key, 23502 not null,
 * 23514 check) and takes the constraint name from the server's error report. Loaded only on the
 * PostgreSQL path, where the driver is present.
 */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static QuarryException translate(SQLException exception, String sql) {
        Constraints kind = kind(exception.getSQLState());
        if (kind == null) {
            return new SqlExecutionException(exception.getMessage(), sql, exception);
        }
        return kind.exception(exception.getMessage(), sql, exception, constraintName(exception));
    }

    private static Constraints kind(String sqlState) {
        if (sqlState == null) {
            return null;
        }
        return switch (sqlState) {
            case "23505" -> Constraints.UNIQUE;
            case "23503" -> Constraints.FOREIGN_KEY;
            case "23502" -> Constraints.NOT_NULL;
            case "23514" -> Constraints.CHECK;
            default -> null;
        };
    }

    private static String constraintName(SQLException exception) {
        if (exception instanceof PSQLException server) {
            ServerErrorMessage message = server.getServerErrorMessage();
            if (message != null) {
                return message.getConstraint();
            }
        }
        return null;
    }
}
