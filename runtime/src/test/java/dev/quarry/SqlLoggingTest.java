package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Tables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** With logSql on, each statement is logged to dev.quarry.sql with its parameters and time. */
class SqlLoggingTest {
    @Test
    void statementsAreLoggedWithParametersAndTime() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (Database db = Database.builder("jdbc:sqlite::memory:").logSql(true).connect()) {
            db.schema(Tables.ALL).createAll();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            db.insert(PERSON, new Person("Ada", "ada@example.com", 36));
            db.select(PERSON).where(PERSON.name.eq("Ada")).fetch();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("dev.quarry.sql - INSERT INTO \"people\""), log);
        assertTrue(log.contains("['Ada', 'ada@example.com', NULL, 36, 'ACTIVE']"), log);
        assertTrue(log.contains("WHERE \"name\" = ? ['Ada'] ("), log);
        assertTrue(log.matches("(?s).*\\(\\d+\\.\\d{3} ms\\).*"), log);
    }
}
