package dev.quarry.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.exception.MappingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqliteTimeTest {
    @Test
    void writesFixedWidthUtcText() {
        assertEquals("2024-05-01 13:45:00.000000", SqliteTime.format(Instant.parse("2024-05-01T13:45:00Z")));
        assertEquals("2024-05-01 13:45:00.123456", SqliteTime.format(Instant.parse("2024-05-01T13:45:00.123456789Z")));
        assertEquals("2024-05-01 11:45:00.000000",
                SqliteTime.format(OffsetDateTime.of(2024, 5, 1, 13, 45, 0, 0, ZoneOffset.ofHours(2))));
        assertEquals("09:05:00.000000", SqliteTime.format(LocalTime.of(9, 5)));
    }

    @Test
    void readsEveryCommonForm() {
        Instant expected = Instant.parse("2024-05-01T13:45:00Z");
        assertEquals(expected, SqliteTime.parseInstant("2024-05-01 13:45:00"));
        assertEquals(expected, SqliteTime.parseInstant("2024-05-01 13:45:00.000000"));
        assertEquals(expected, SqliteTime.parseInstant("2024-05-01T13:45:00Z"));
        assertEquals(expected, SqliteTime.parseInstant("2024-05-01T15:45:00+02:00"));
        assertEquals(expected, SqliteTime.parseInstant("2024-05-01 10:45:00-03:00"));
        assertEquals(LocalDateTime.of(2024, 5, 1, 13, 45), SqliteTime.parseDateTime("2024-05-01 13:45"));
        assertEquals(LocalTime.of(13, 45, 1), SqliteTime.parseTime("13:45:01"));
    }

    @Test
    void unreadableTextIsAMappingError() {
        MappingException thrown = assertThrows(MappingException.class, () -> SqliteTime.parseInstant("yesterday"));
        assertEquals("SQLite value 'yesterday' is not a UTC timestamp in ISO-8601 form (for example 2024-05-01 13:45:00)",
                thrown.getMessage());
    }

    @Test
    void checkConstraintNamesComeFromTheMessage() {
        assertEquals("ck_age", SqliteErrors.checkName(
                "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: ck_age)"));
        assertEquals(null, SqliteErrors.checkName("[SQLITE_CONSTRAINT_UNIQUE] UNIQUE constraint failed: t.a"));
    }
}
