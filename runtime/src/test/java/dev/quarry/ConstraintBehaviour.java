package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.CheckViolationException;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.NotNullViolationException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.exception.UniqueViolationException;
import dev.quarry.fixture.Person;
import dev.quarry.fixture.Visit;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Constraint violations come back as Quarry's exception types; one subclass per dialect. */
abstract class ConstraintBehaviour extends DatabaseTestBase {
    /** The constraint name the database reports for the unique email constraint, or {@code null} if it reports none. */
    protected abstract String expectedUniqueConstraintName();

    /** The constraint name the database reports for the foreign key, or {@code null} if it reports none. */
    protected abstract String expectedForeignKeyConstraintName();

    @Test
    void uniqueViolation() {
        db.insert(PERSON, person("Ada", 36));
        UniqueViolationException thrown = assertThrows(UniqueViolationException.class,
                () -> db.insert(PERSON, person("Ada", 40)));
        assertEquals(expectedUniqueConstraintName(), thrown.constraintName());
        assertTrue(thrown.sql().startsWith("INSERT INTO \"people\""), thrown.sql());
        assertTrue(thrown.getMessage().contains("[SQL: INSERT INTO"), thrown.getMessage());
        assertTrue(thrown.getCause() instanceof SQLException);
    }

    @Test
    void primaryKeyViolationIsAUniqueViolation() {
        Person ada = db.insert(PERSON, person("Ada", 36));
        db.insert(VISIT, new Visit(ada.id(), 1, "one"));
        assertThrows(UniqueViolationException.class, () -> db.insert(VISIT, new Visit(ada.id(), 1, "again")));
    }

    @Test
    void foreignKeyViolation() {
        ForeignKeyViolationException thrown = assertThrows(ForeignKeyViolationException.class,
                () -> db.insert(VISIT, new Visit(999, 1, "nobody")));
        assertEquals(expectedForeignKeyConstraintName(), thrown.constraintName());
    }

    @Test
    void notNullViolation() {
        Person nameless = new Person(null, "x@example.com", 3);
        assertThrows(NotNullViolationException.class, () -> db.insert(PERSON, nameless));
        Person ada = db.insert(PERSON, person("Ada", 36));
        assertThrows(NotNullViolationException.class,
                () -> db.update(PERSON).set(PERSON.name, null).where(PERSON.id.eq(ada.id())).execute());
    }

    @Test
    void checkViolationNamesTheConstraint() {
        executeDirectly("CREATE TABLE checked (id INTEGER PRIMARY KEY, age INTEGER NOT NULL,"
                + " CONSTRAINT ck_checked_age CHECK (age >= 0))");
        try {
            executeDirectly("INSERT INTO checked (id, age) VALUES (1, 1)");
            CheckViolationException thrown = assertThrows(CheckViolationException.class,
                    () -> db.update(CHECKED).set(CHECKED.age, -1).all().execute());
            assertEquals("ck_checked_age", thrown.constraintName());
        } finally {
            executeDirectly("DROP TABLE checked");
        }
    }

    @Test
    void otherErrorsCarryTheSql() {
        SqlExecutionException thrown = assertThrows(SqlExecutionException.class,
                () -> db.select(CHECKED).where(CHECKED.age.gt(1)).fetch(), "the table does not exist");
        assertNotNull(thrown.sql());
        assertEquals("SELECT \"id\", \"age\" FROM \"checked\" WHERE \"age\" > ?", thrown.sql());
        assertTrue(thrown.getCause() instanceof SQLException);
    }

    private static final CheckedTable CHECKED = CheckedTable.CHECKED;
}
