package dev.quarry.internal.sql;

import dev.quarry.exception.CheckViolationException;
import dev.quarry.exception.ConstraintViolationException;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.NotNullViolationException;
import dev.quarry.exception.UniqueViolationException;
import java.sql.SQLException;

/** The kinds of constraint violation Quarry reports as distinct exceptions. */
enum Constraints {
    UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK;

    /** The exception for a violation of this kind. */
    ConstraintViolationException exception(String message, String sql, SQLException cause, String constraintName) {
        return switch (this) {
            case UNIQUE -> new UniqueViolationException(message, sql, cause, constraintName);
            case FOREIGN_KEY -> new ForeignKeyViolationException(message, sql, cause, constraintName);
            case NOT_NULL -> new NotNullViolationException(message, sql, cause, constraintName);
            case CHECK -> new CheckViolationException(message, sql, cause, constraintName);
        };
    }
}
