package dev.quarry.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.CheckViolationException;
import dev.quarry.exception.ConstraintViolationException;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.NotNullViolationException;
import dev.quarry.exception.QuarryException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.exception.UniqueViolationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** MariaDB's error codes and messages (as the server writes them) turned into Quarry's exceptions. */
class MariadbErrorsTest {
    private static QuarryException translate(int code, String state, String message) {
        return new MariadbDialect().translate(new SQLException(message, state, code), "SQL");
    }

    private static String name(QuarryException e) {
        return ((ConstraintViolationException) e).constraintName();
    }

    @Test
    void uniqueViolationsNameTheKey() {
        QuarryException e = translate(1062, "23000", "Duplicate entry 'a@x' for key 'ux_users_email'");
        assertInstanceOf(UniqueViolationException.class, e);
        assertEquals("ux_users_email", name(e));
        assertEquals("23000", ((SqlExecutionException) e).sqlState());
        assertEquals("ux_users_email", name(translate(1062, "23000", "Duplicate entry 'a' for key 'users.ux_users_email'")),
                "MySQL 8 writes the table before the key");
        assertEquals("PRIMARY", name(translate(1062, "23000", "Duplicate entry '1' for key 'PRIMARY'")));
    }

    @Test
    void foreignKeyViolationsNameTheConstraint() {
        QuarryException e = translate(1452, "23000", "Cannot add or update a child row: a foreign key constraint fails"
                + " (`db`.`posts`, CONSTRAINT `fk_posts_author_id` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`))");
        assertInstanceOf(ForeignKeyViolationException.class, e);
        assertEquals("fk_posts_author_id", name(e));
        assertInstanceOf(ForeignKeyViolationException.class, translate(1451, "23000", "Cannot delete or update a parent"
                + " row: a foreign key constraint fails"));
    }

    @Test
    void notNullAndCheckViolations() {
        assertInstanceOf(NotNullViolationException.class, translate(1048, "23000", "Column 'name' cannot be null"));
        assertInstanceOf(NotNullViolationException.class, translate(1364, "HY000", "Field 'name' doesn't have a default value"));
        QuarryException check = translate(4025, "23000", "CONSTRAINT `ck_accounts_balance` failed for `db`.`accounts`");
        assertInstanceOf(CheckViolationException.class, check);
        assertEquals("ck_accounts_balance", name(check));
        assertInstanceOf(CheckViolationException.class, translate(3819, "HY000", "Check constraint 'c' is violated."));
    }

    @Test
    void deadlocksAndLockWaitTimeoutsSaySo() {
        QuarryException deadlock = translate(1213, "40001", "Deadlock found when trying to get lock");
        assertTrue(deadlock.getMessage().startsWith("deadlock: "), deadlock.getMessage());
        assertEquals("40001", ((SqlExecutionException) deadlock).sqlState());
        QuarryException timeout = translate(1205, "HY000", "Lock wait timeout exceeded; try restarting transaction");
        assertTrue(timeout.getMessage().startsWith("lock wait timeout: "), timeout.getMessage());
        assertTrue(timeout.getMessage().endsWith("[SQL: SQL]"), timeout.getMessage());
    }

    @Test
    void anythingElseIsASqlExecutionException() {
        SQLException cause = new SQLException("Table 'db.nope' doesn't exist", "42S02", 1146);
        QuarryException e = new MariadbDialect().translate(cause, "SELECT 1");
        assertSame(SqlExecutionException.class, e.getClass());
        assertSame(cause, e.getCause());
        assertNull(MariadbErrors.find(java.util.regex.Pattern.compile("(x)"), null));
    }
}
